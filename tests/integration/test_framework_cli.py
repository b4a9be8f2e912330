"""`secframe framework new|list|show`: an empty database takes its first framework, with its
regions and members, from the command line."""

from __future__ import annotations

from secframe.commands import main


def run(capsys, *args):
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_a_new_framework_with_its_regions_and_members(tmp_path, capsys):
    db = ["--db", str(tmp_path / "neuve.sqlite3")]
    members = tmp_path / "membres.csv"
    members.write_text(
        "Nom;Sigle;Catégorie\n"
        "Coordination des mouvements de l’Azawad;CMA;Groupe armé signataire\n"
        "Forces armées maliennes;FAMa;Forces de défense et de sécurité\n"
        "Police nationale;;\n",
        "cp1252",
    )
    status, out, err = run(
        capsys, "framework", "new", "--name", "Cadre de Goundam", "--short-name", "CG",
        "--region", "Timbuktu", "--members", str(members), *db,
    )  # fmt: skip
    assert status == 0, err
    assert "Cadre créé\u00a0: [1] CG — Cadre de Goundam" in out and "3 membres" in out
    status, out, _ = run(capsys, "framework", "list", *db)
    assert out.strip() == "[1] CG — Cadre de Goundam (Cadre régional\u00a0; Tombouctou)"
    status, out, _ = run(capsys, "framework", "show", *db)
    assert "Régions\u00a0: Tombouctou" in out
    assert "CMA — Mouvement armé signataire" in out
    assert "Police nationale — Autre (à vérifier)" in out


def test_bad_regions_and_bad_member_rows_create_nothing(tmp_path, capsys):
    db = ["--db", str(tmp_path / "neuve.sqlite3")]
    status, _, err = run(
        capsys, "framework", "new", "--name", "X", "--short-name", "X", "--region", "Atlantide", *db
    )
    assert status == 2 and "«\u00a0Atlantide\u00a0» n’est pas une région connue" in err
    assert "Tombouctou" in err
    members = tmp_path / "membres.csv"
    members.write_text("Nom,Catégorie\n,Jeunes\nA,Martiens\n", "utf-8")
    status, _, err = run(
        capsys, "framework", "new", "--name", "Y", "--short-name", "Y", "--members", str(members), *db
    )  # fmt: skip
    assert status == 2
    assert "ligne 2, colonne «\u00a0Nom\u00a0»" in err
    assert (
        "ligne 3, colonne «\u00a0Catégorie\u00a0»\u00a0: «\u00a0Martiens\u00a0» n’est pas compris"
        in err
    )
    status, out, _ = run(capsys, "framework", "list", *db)
    assert "Aucun cadre" in out

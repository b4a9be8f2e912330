from secframe.services.frameworks import list_frameworks


def test_demo_builds(demo_db):
    with demo_db.read() as s:
        names = {f.short_name for f in list_frameworks(s)}
    assert "CGCS Tombouctou-Taoudéni" in names


def test_sample(sample):
    c = sample.commitment()
    assert c.row.title == "Patrouilles"

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Exchange</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Import of {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <source>Importing event {n} of {total}…</source>
        <translation>Import de l’événement {n} sur {total}…</translation>
    </message>
    <message>
        <source>{n} actor row(s) of a monadic export were merged into the event they describe.</source>
        <translation>{n} ligne(s) d’acteur d’un export monadique ont été regroupées avec l’événement qu’elles décrivent.</translation>
    </message>
    <message>
        <source>{n} event(s) were kept as they are: secframe holds a newer version of them than this file (ACLED&apos;s timestamp).</source>
        <translation>{n} événement(s) laissé(s) tel(s) quel(s)&#xa0;: secframe en a une version plus récente que ce fichier (horodatage «&#xa0;timestamp&#xa0;» d’ACLED).</translation>
    </message>
    <message>
        <source>The row stops after {n} of {total} columns: the file looks cut short (an interrupted download or copy). Download the export again.</source>
        <translation>La ligne s’arrête après {n} colonnes sur {total}&#xa0;: le fichier semble tronqué (téléchargement ou copie interrompus). Téléchargez de nouveau l’export.</translation>
    </message>
    <message>
        <source>The event has no event_id_cnty.</source>
        <translation>L’événement n’a pas d’identifiant event_id_cnty.</translation>
    </message>
    <message>
        <source>{n} event(s) outside the framework&apos;s regions were left out.</source>
        <translation>{n} événement(s) hors des régions du cadre ont été laissés de côté.</translation>
    </message>
    <message>
        <source>The event {id} appears twice in the file with different dates or places; keep one of the rows.</source>
        <translation>L’événement {id} figure deux fois dans le fichier avec des dates ou des lieux différents&#xa0;; gardez une seule des lignes.</translation>
    </message>
    <message>
        <source>The event has no date.</source>
        <translation>L’événement n’a pas de date.</translation>
    </message>
    <message>
        <source>Event {id} of {date} updated.</source>
        <translation>Événement {id} du {date} mis à jour.</translation>
    </message>
    <message>
        <source>Event {id} of {date} removed: the new export no longer has it.</source>
        <translation>Événement {id} du {date} supprimé&#xa0;: le nouvel export ne le contient plus.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
        <source>{file} cannot be read from line {line}: a field there is longer than {limit} characters, usually because a quotation mark is never closed. Open the file in a spreadsheet, check that line and save it again as CSV.</source>
        <translation>{file} est illisible à partir de la ligne {line}&#xa0;: un champ y dépasse {limit} caractères, le plus souvent parce qu’un guillemet n’est jamais fermé. Ouvrez le fichier dans un tableur, vérifiez cette ligne et enregistrez-le à nouveau en CSV.</translation>
    </message>
    <message>
        <source>{file} is not a CSV text file (it looks like a workbook or another binary file).</source>
        <translation>{file} n’est pas un fichier texte CSV (il ressemble à un classeur ou à un autre fichier binaire).</translation>
    </message>
    <message>
        <source>{file} is not an ACLED export: the columns {columns} are missing.</source>
        <translation>{file} n’est pas un export ACLED&#xa0;: les colonnes {columns} manquent.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 15/03/2019 or 2019-03-15).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date (écrivez-la 15/03/2019 ou 2019-03-15).</translation>
    </message>
    <message>
        <source>“{value}” is not a coordinate in decimal degrees (such as 16.77).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une coordonnée en degrés décimaux (comme 16,77).</translation>
    </message>
    <message>
        <source>The formula {formula} has no computed value: open the file in Excel or LibreOffice, let it compute, save it and import it again.</source>
        <translation>La formule {formula} n’a aucune valeur calculée&#xa0;: ouvrez le fichier dans Excel ou LibreOffice, laissez-le calculer, enregistrez-le et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount (write it as 1500000 or 1 500 000 FCFA).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un montant (écrivez-le 1500000 ou 1&#xa0;500&#xa0;000&#xa0;FCFA).</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“{value}”: expected a whole number from {low} to {high}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un nombre entier de {low} à {high} est attendu.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}”.</source>
        <translation>Le classeur n’a pas de feuille «&#xa0;{sheet}&#xa0;».</translation>
    </message>
    <message>
        <source>{file} is empty: it holds no workbook.</source>
        <translation>{file} est vide&#xa0;: il ne contient aucun classeur.</translation>
    </message>
    <message>
        <source>{file} is in the old Excel 97–2003 format (.xls) or is protected by a password. Open it in Excel or LibreOffice, remove the password if there is one, and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} est dans l’ancien format Excel 97–2003 (.xls) ou protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe s’il y en a un et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} est un classeur OpenDocument (.ods). Ouvrez-le dans LibreOffice et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook: it is damaged or incomplete. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{file} ne peut pas être lu comme un classeur Excel&#xa0;: il est endommagé ou incomplet. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau au format .xlsx.</translation>
    </message>
    <message>
        <source>{file} is a text file (CSV?) with an Excel name. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} est un fichier texte (CSV&#xa0;?) qui porte un nom de classeur Excel. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) and cannot be imported.</source>
        <translation>{file} n’est pas un classeur Excel (.xlsx) et ne peut pas être importé.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full. Nothing was written; free some space on it (or choose another disk) and try again.</source>
        <translation>{file} n’a pas pu être écrit&#xa0;: le disque est plein. Rien n’a été écrit&#xa0;; libérez de la place sur ce disque (ou choisissez-en un autre) et réessayez.</translation>
    </message>
    <message>
        <source>{file} could not be written: this folder is read-only for you. Nothing was written; choose another folder (Documents) and try again.</source>
        <translation>{file} n’a pas pu être écrit&#xa0;: ce dossier est en lecture seule pour vous. Rien n’a été écrit&#xa0;; choisissez un autre dossier (Documents) et réessayez.</translation>
    </message>
    <message>
        <source>The period of incidents ends ({last}) before it starts ({first}).</source>
        <translation>La période des incidents se termine ({last}) avant de commencer ({first}).</translation>
    </message>
    <message>
        <source>Reading the tracker…</source>
        <translation>Lecture du suivi…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced: it is probably open in Excel or another program. Close it and export again.</source>
        <translation>{file} ne peut pas être remplacé&#xa0;: il est sans doute ouvert dans Excel ou un autre programme. Fermez-le et relancez l’export.</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Enregistrement du classeur…</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Writing the sheet “{sheet}”…</source>
        <translation>Écriture de la feuille «&#xa0;{sheet}&#xa0;»…</translation>
    </message>
    <message>
        <source>This is not a secframe column mapping file.</source>
        <translation>Ce fichier n’est pas une correspondance de colonnes secframe.</translation>
    </message>
    <message>
        <source>The mapping is for a sheet “{sheet}” that this workbook does not have.</source>
        <translation>La correspondance concerne une feuille «&#xa0;{sheet}&#xa0;» que ce classeur ne contient pas.</translation>
    </message>
    <message>
        <source>The mapping uses field names secframe does not know: {names}.</source>
        <translation>La correspondance utilise des noms de champs inconnus de secframe&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The mapping names columns that are not in row {row} of the sheet “{sheet}”: {columns}.</source>
        <translation>La correspondance cite des colonnes absentes de la ligne {row} de la feuille «&#xa0;{sheet}&#xa0;»&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} n’est pas un fichier JSON valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a secframe tracker, and none of its first {rows} rows looks like a header row (expected a column such as “Engagement” together with “Responsable”, “Échéance” or “Statut”). Choose the header row and the columns in the import dialog, or give a mapping file with --mapping.</source>
        <translation>{file} n’est pas un suivi secframe, et aucune de ses {rows} premières lignes ne ressemble à une ligne d’en-têtes (il faut une colonne comme «&#xa0;Engagement&#xa0;» avec «&#xa0;Responsable&#xa0;», «&#xa0;Échéance&#xa0;» ou «&#xa0;Statut&#xa0;»). Indiquez la ligne d’en-têtes et les colonnes dans la fenêtre d’import, ou donnez un fichier de correspondance avec --mapping.</translation>
    </message>
    <message>
        <source>Reading row {row}…</source>
        <translation>Lecture de la ligne {row}…</translation>
    </message>
    <message>
        <source>No column gives the kind of commitment: new commitments are recorded with the kind “{kind}”.</source>
        <translation>Aucune colonne ne donne le type d’engagement&#xa0;: les nouveaux engagements sont enregistrés avec le type «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <source>No column gives the status: new commitments are recorded as “{status}”.</source>
        <translation>Aucune colonne ne donne le statut&#xa0;: les nouveaux engagements sont enregistrés comme «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>Total row, left out.</source>
        <translation>Ligne de total, laissée de côté.</translation>
    </message>
    <message>
        <source>Only one cell is filled (“{value}”): taken for a section heading and left out.</source>
        <translation>Une seule cellule est remplie («&#xa0;{value}&#xa0;»)&#xa0;: la ligne est prise pour un intertitre et laissée de côté.</translation>
    </message>
    <message>
        <source>This cell holds a formula whose result was never saved: open the file in Excel or LibreOffice and save it, or type the value.</source>
        <translation>Cette cellule contient une formule dont le résultat n’a jamais été enregistré&#xa0;: ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le, ou tapez la valeur.</translation>
    </message>
    <message>
        <source>“{value}” gives a month only: read as {date}, the first of the month.</source>
        <translation>«&#xa0;{value}&#xa0;» ne donne que le mois&#xa0;: lu comme le {date}, premier du mois.</translation>
    </message>
    <message>
        <source>This row has no commitment title.</source>
        <translation>Cette ligne n’a pas d’intitulé d’engagement.</translation>
    </message>
    <message>
        <source>New commitment “{title}” ({status}).</source>
        <translation>Nouvel engagement «&#xa0;{title}&#xa0;» ({status}).</translation>
    </message>
    <message>
        <source>“{title}” was already in secframe: {columns} changed.</source>
        <translation>«&#xa0;{title}&#xa0;» existait déjà dans secframe — modifications&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>The commitment already has its own resource lines: the amounts of this row are not imported.</source>
        <translation>L’engagement a déjà ses propres lignes de besoins&#xa0;: les montants de cette ligne ne sont pas importés.</translation>
    </message>
    <message>
        <source>“{value}” names several members; use the member&apos;s full name.</source>
        <translation>«&#xa0;{value}&#xa0;» désigne plusieurs membres&#xa0;; écrivez le nom complet du membre.</translation>
    </message>
    <message>
        <source>“{value}” is not a member of this framework (add it under Members first, or correct the name).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas membre de ce cadre (ajoutez-le d’abord dans Membres, ou corrigez le nom).</translation>
    </message>
    <message>
        <source>Several places are called “{value}”; write the full name, one of: {choices}.</source>
        <translation>Plusieurs lieux s’appellent «&#xa0;{value}&#xa0;»&#xa0;; écrivez le nom complet, parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a known place (add it under Places first, or correct the name).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un lieu connu (ajoutez-le d’abord dans «&#xa0;Localités et axes&#xa0;», ou corrigez le nom).</translation>
    </message>
    <message>
        <source>“{value}” is not a known axis (add it under Places first, or correct the name).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un axe connu (ajoutez-le d’abord dans «&#xa0;Localités et axes&#xa0;», ou corrigez le nom).</translation>
    </message>
    <message>
        <source>“{value}” is not in the list ({choices}).</source>
        <translation>«&#xa0;{value}&#xa0;» ne figure pas dans la liste ({choices}).</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Deadline revisions</source>
        <translation>Reports d’échéance</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>{n} created</source>
        <translation>{n} créé(s)</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} modifié(s)</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} inchangé(s)</translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation>{n} supprimé(s)</translation>
    </message>
    <message>
        <source>{n} left out</source>
        <translation>{n} laissé(s) de côté</translation>
    </message>
    <message>
        <source>{n} kept (newer in secframe than in the file)</source>
        <translation>{n} conservé(s) (plus récent(s) dans secframe que dans le fichier)</translation>
    </message>
    <message>
        <source>No commitment of this framework has the ID {id}; leave the ID empty to add a new commitment.</source>
        <translation>Aucun engagement de ce cadre n’a l’ID {id}&#xa0;; laissez l’ID vide pour ajouter un nouvel engagement.</translation>
    </message>
    <message>
        <source>The ID {id} appears on more than one row.</source>
        <translation>L’ID {id} figure sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>{n} commitment(s) of the framework are not in the workbook; they are left as they are (an import never deletes).</source>
        <translation>{n} engagement(s) du cadre ne figurent pas dans le classeur&#xa0;; ils restent tels quels (un import ne supprime jamais rien).</translation>
    </message>
    <message>
        <source>“{title}” was changed in secframe after this workbook was exported; export it again and redo the changes there.</source>
        <translation>«&#xa0;{title}&#xa0;» a été modifié dans secframe après l’export de ce classeur&#xa0;; exportez-le de nouveau et refaites-y les modifications.</translation>
    </message>
    <message>
        <source>“{title}”: {columns} changed.</source>
        <translation>«&#xa0;{title}&#xa0;» — modifications&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>A deadline cannot be removed once it has been revised.</source>
        <translation>Une échéance déjà reportée ne peut pas être effacée.</translation>
    </message>
    <message>
        <source>The current deadline changed: give the reason for the new deadline in this column.</source>
        <translation>L’échéance actuelle a changé&#xa0;: indiquez dans cette colonne le motif de la nouvelle échéance.</translation>
    </message>
    <message>
        <source>“{title}”: deadline moved from {old} to {new}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: échéance reportée du {old} au {new}.</translation>
    </message>
    <message>
        <source>The status cannot be empty.</source>
        <translation>Le statut ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The status log keeps its past entries: this edit of the last status change is not imported (change the status to record a new change).</source>
        <translation>L’historique des statuts conserve ses entrées passées&#xa0;: cette modification du dernier changement de statut n’est pas importée (changez le statut pour enregistrer un nouveau changement).</translation>
    </message>
    <message>
        <source>The status changed: give the date of the change in this column (it still shows the date of the previous change).</source>
        <translation>Le statut a changé&#xa0;: indiquez dans cette colonne la date du changement (elle porte encore la date du changement précédent).</translation>
    </message>
    <message>
        <source>“{title}”: status {old} → {new}.</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: statut {old} → {new}.</translation>
    </message>
    <message>
        <source>This column is calculated by secframe; the value typed here is not imported (change the resource lines or deadlines instead).</source>
        <translation>Cette colonne est calculée par secframe&#xa0;; la valeur saisie ici n’est pas importée (modifiez plutôt les lignes de besoins ou les échéances).</translation>
    </message>
    <message>
        <source>A new commitment (row without ID) needs a title.</source>
        <translation>Un nouvel engagement (ligne sans ID) doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>A commitment with this title already exists (ID {id}). To change it, write its ID in the ID column; to add another one, give it a different title.</source>
        <translation>Un engagement porte déjà cet intitulé (ID {id}). Pour le modifier, écrivez son ID dans la colonne ID&#xa0;; pour en ajouter un autre, donnez-lui un intitulé différent.</translation>
    </message>
    <message>
        <source>A new commitment needs a kind.</source>
        <translation>Un nouvel engagement doit avoir un type.</translation>
    </message>
    <message>
        <source>The current deadline differs from the original one: give the reason for the new deadline in this column.</source>
        <translation>L’échéance actuelle diffère de l’échéance initiale&#xa0;: indiquez dans cette colonne le motif de la nouvelle échéance.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is missing; nothing of it is imported.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» manque&#xa0;; rien n’en est importé.</translation>
    </message>
    <message>
        <source>This workbook was made by a newer version of secframe; update secframe to import it.</source>
        <translation>Ce classeur a été produit par une version plus récente de secframe&#xa0;; mettez secframe à jour pour l’importer.</translation>
    </message>
    <message>
        <source>This workbook was exported from another secframe database: its IDs do not match the records of this one, so it cannot update them.</source>
        <translation>Ce classeur a été exporté d’une autre base secframe&#xa0;: ses ID ne correspondent pas aux fiches de celle-ci, il ne peut donc pas les mettre à jour.</translation>
    </message>
    <message>
        <source>This workbook is the tracker of the framework “{name}”; choose that framework to import it.</source>
        <translation>Ce classeur est le suivi du cadre «&#xa0;{name}&#xa0;»&#xa0;; choisissez ce cadre pour l’importer.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency secframe knows (XOF or EUR).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une monnaie connue de secframe (XOF ou EUR).</translation>
    </message>
    <message>
        <source>This resource line no longer exists in secframe; remove the row or add it again as a new row (copy it without its hidden ID).</source>
        <translation>Cette ligne de besoin n’existe plus dans secframe&#xa0;; supprimez la ligne ou ajoutez-la comme nouvelle ligne (copiée sans son ID caché).</translation>
    </message>
    <message>
        <source>A resource line cannot be moved to another commitment; add a new row instead.</source>
        <translation>Une ligne de besoin ne peut pas passer à un autre engagement&#xa0;; ajoutez plutôt une nouvelle ligne.</translation>
    </message>
    <message>
        <source>This resource line was changed in secframe after the workbook was exported; export it again and redo the changes there.</source>
        <translation>Cette ligne de besoin a été modifiée dans secframe après l’export du classeur&#xa0;; exportez-le de nouveau et refaites-y les modifications.</translation>
    </message>
    <message>
        <source>Resource line of “{title}” changed.</source>
        <translation>Ligne de besoin de «&#xa0;{title}&#xa0;» modifiée.</translation>
    </message>
    <message>
        <source>A new resource line needs the ID of a commitment of this framework.</source>
        <translation>Une nouvelle ligne de besoin doit porter l’ID d’un engagement de ce cadre.</translation>
    </message>
    <message>
        <source>A new resource line needs a category.</source>
        <translation>Une nouvelle ligne de besoin doit avoir une catégorie.</translation>
    </message>
    <message>
        <source>This new line is identical to a line the commitment already has (was the workbook imported twice?). Change its description to add it anyway.</source>
        <translation>Cette nouvelle ligne est identique à une ligne que l’engagement a déjà (le classeur a-t-il été importé deux fois&#xa0;?). Changez sa description pour l’ajouter quand même.</translation>
    </message>
    <message>
        <source>New resource line for “{title}”.</source>
        <translation>Nouvelle ligne de besoin pour «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>This column is calculated (quantity × unit cost, less what was received); the value typed here is not imported.</source>
        <translation>Cette colonne est calculée (quantité × coût unitaire, moins ce qui a été reçu)&#xa0;; la valeur saisie ici n’est pas importée.</translation>
    </message>
    <message>
        <source>This sheet is for reading and its columns were changed; nothing in it is imported.</source>
        <translation>Cette feuille est en lecture seule et ses colonnes ont été modifiées&#xa0;; rien n’en est importé.</translation>
    </message>
    <message>
        <source>This sheet is for reading: the changes made to this row are not imported.</source>
        <translation>Cette feuille est en lecture seule&#xa0;: les modifications de cette ligne ne sont pas importées.</translation>
    </message>
    <message>
        <source>This column is not part of the tracker; its values are not imported.</source>
        <translation>Cette colonne ne fait pas partie du suivi&#xa0;; ses valeurs ne sont pas importées.</translation>
    </message>
    <message>
        <source>Reading the sheet “{sheet}”…</source>
        <translation>Lecture de la feuille «&#xa0;{sheet}&#xa0;»…</translation>
    </message>
    <message>
        <source>“{value}” is not understood; use one of: {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas compris&#xa0;; utilisez l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be read: it is open in another program or you may not read it.</source>
        <translation>{file} ne peut pas être lu&#xa0;: il est ouvert dans un autre programme ou vous n’avez pas le droit de le lire.</translation>
    </message>
    <message>
        <source>{file} holds no data: every sheet is empty.</source>
        <translation>{file} ne contient aucune donnée&#xa0;: toutes ses feuilles sont vides.</translation>
    </message>
    <message>
        <source>The event has no admin1 (region): write the region&apos;s name, e.g. Tombouctou.</source>
        <translation>L’événement n’a pas d’admin1 (région)&#xa0;: écrivez le nom de la région, par exemple Tombouctou.</translation>
    </message>
    <message>
        <source>“{name}” is not a known region; write one of: {regions} (or add the region under Places first).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une région connue&#xa0;; écrivez l’une de celles-ci&#xa0;: {regions} (ou ajoutez d’abord la région dans «&#xa0;Localités et axes&#xa0;»).</translation>
    </message>
    <message>
        <source>“{name}” is not a known {level} of {parent} (the nearest known is “{nearest}”): it is added; if it is the same place, correct the name in the file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas connu comme {level} de {parent} (le lieu connu le plus proche est «&#xa0;{nearest}&#xa0;»)&#xa0;: il est ajouté&#xa0;; si c’est le même lieu, corrigez le nom dans le fichier.</translation>
    </message>
    <message>
        <source>“{name}” is not a known {level} of {parent}: it is added.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas connu comme {level} de {parent}&#xa0;: il est ajouté.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>{file} has no “Nom” (name) column: the first row must name the columns, e.g. Nom;Sigle;Catégorie.</source>
        <translation>{file} n’a pas de colonne «&#xa0;Nom&#xa0;»&#xa0;: la première ligne doit nommer les colonnes, p. ex. Nom;Sigle;Catégorie.</translation>
    </message>
    <message>
        <source>This member has no name; write it or delete the row.</source>
        <translation>Ce membre n’a pas de nom&#xa0;; écrivez-le ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Statuses are dated {date}, the date given for the import; the tracker itself says “{text}”.</source>
        <translation>Les statuts sont datés du {date}, la date donnée pour l’import&#xa0;; le suivi lui-même indique «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Statuses are dated {date}, the date the tracker states (“{text}”).</source>
        <translation>Les statuts sont datés du {date}, la date qu’indique le suivi («&#xa0;{text}&#xa0;»).</translation>
    </message>
    <message>
        <source>Statuses are dated {date}, the date given for the import.</source>
        <translation>Les statuts sont datés du {date}, la date donnée pour l’import.</translation>
    </message>
    <message>
        <source>Statuses are dated {date}, the day of the import: the tracker states no date (give the date it was up to date on with --as-of DATE, or in the import dialog).</source>
        <translation>Les statuts sont datés du {date}, jour de l’import&#xa0;: le suivi n’indique pas de date (donnez la date de sa mise à jour avec --as-of DATE, ou dans la fenêtre d’import).</translation>
    </message>
    <message>
        <source>“{value}” names several members; separate them with “;” (the first is the lead).</source>
        <translation>«&#xa0;{value}&#xa0;» nomme plusieurs membres&#xa0;; séparez-les par «&#xa0;;&#xa0;» (le premier est le chef de file).</translation>
    </message>
    <message>
        <source>To review: added by “{import_name}”.</source>
        <translation>À vérifier&#xa0;: ajouté par «&#xa0;{import_name}&#xa0;».</translation>
    </message>
    <message>
        <source>New member “{name}”, in the category “other (to review)”.</source>
        <translation>Nouveau membre «&#xa0;{name}&#xa0;», dans la catégorie «&#xa0;autre (à vérifier)&#xa0;».</translation>
    </message>
    <message>
        <source>Several places ({names}): the commitment is recorded on the axis “{axis}”, which does not pass through {off}; add them to the axis or to the notes if they matter.</source>
        <translation>Plusieurs lieux ({names})&#xa0;: l’engagement est enregistré sur l’axe «&#xa0;{axis}&#xa0;», qui ne passe pas par {off}&#xa0;; ajoutez-les à l’axe ou aux notes s’ils comptent.</translation>
    </message>
    <message>
        <source>Several places ({names}): the commitment is recorded at “{place}”, the place that holds them all; no axis passes through them.</source>
        <translation>Plusieurs lieux ({names})&#xa0;: l’engagement est enregistré à «&#xa0;{place}&#xa0;», le lieu qui les contient tous&#xa0;; aucun axe ne passe par eux.</translation>
    </message>
    <message>
        <source>New place “{name}”, to review.</source>
        <translation>Nouveau lieu «&#xa0;{name}&#xa0;», à vérifier.</translation>
    </message>
    <message>
        <source>New axis “{name}” through {stops}, to review.</source>
        <translation>Nouvel axe «&#xa0;{name}&#xa0;» par {stops}, à vérifier.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Create or choose a framework first.</source>
        <translation>Créez ou choisissez d’abord un cadre.</translation>
    </message>
    <message>
        <source>Exporting the tracker</source>
        <translation>Export du suivi</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export vers Excel</translation>
    </message>
    <message>
        <source>The tracker was written to {file}.</source>
        <translation>Le suivi a été enregistré dans {file}.</translation>
    </message>
    <message>
        <source>This copy is redacted: personal data was left out.</source>
        <translation>Cette copie est expurgée&#xa0;: les données personnelles ont été retirées.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Import a tracker</source>
        <translation>Importer un suivi</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>This workbook is the tracker of the framework “{name}”, not of the one shown. Switch to “{name}” and import it there?</source>
        <translation>Ce classeur est le suivi du cadre «&#xa0;{name}&#xa0;», pas de celui affiché. Passer au cadre «&#xa0;{name}&#xa0;» et l’y importer&#xa0;?</translation>
    </message>
    <message>
        <source>Saving the mapping</source>
        <translation>Enregistrement de la correspondance</translation>
    </message>
    <message>
        <source>Looking for the names of {file}</source>
        <translation>Recherche des noms de {file}</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>Vérification de {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <source>Import incidents (ACLED)</source>
        <translation>Importer des incidents (ACLED)</translation>
    </message>
    <message>
        <source>ACLED exports (*.csv *.xlsx)</source>
        <translation>Exports ACLED (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExchangeCLI</name>
    <message>
        <source>write a distance in km from 0 to 100, e.g. 5</source>
        <translation>écrivez une distance en km de 0 à 100, p. ex. 5</translation>
    </message>
    <message>
        <source>export the tracker to an Excel workbook</source>
        <translation>exporter le suivi dans un classeur Excel</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation>le classeur à écrire (.xlsx)</translation>
    </message>
    <message>
        <source>leave out personal data (names and phones of representatives, names of session chairs and of the people who recorded changes, incident descriptions and actors) for sharing beyond the framework</source>
        <translation>retirer les données personnelles (noms et téléphones des représentants, noms des présidents de session et des personnes qui ont saisi les changements, descriptions et acteurs des incidents) pour un partage hors du cadre</translation>
    </message>
    <message>
        <source>only incidents from this date (15/03/2019 or 2019-03-15)</source>
        <translation>seulement les incidents à partir de cette date (15/03/2019 ou 2019-03-15)</translation>
    </message>
    <message>
        <source>only incidents up to this date</source>
        <translation>seulement les incidents jusqu’à cette date</translation>
    </message>
    <message>
        <source>import a tracker workbook: one exported by secframe, or a tracker in your own layout</source>
        <translation>importer un classeur de suivi&#xa0;: exporté par secframe, ou un suivi dans votre propre présentation</translation>
    </message>
    <message>
        <source>the workbook (.xlsx)</source>
        <translation>le classeur (.xlsx)</translation>
    </message>
    <message>
        <source>show what would change (and the column mapping), write nothing</source>
        <translation>montrer ce qui changerait (et la correspondance des colonnes), sans rien écrire</translation>
    </message>
    <message>
        <source>column mapping for a tracker in your own layout (saved from the import dialog or with --save-mapping)</source>
        <translation>correspondance des colonnes d’un suivi dans votre propre présentation (enregistrée depuis la fenêtre d’import ou avec --save-mapping)</translation>
    </message>
    <message>
        <source>write the column mapping used to this file, to correct it and apply it with --mapping</source>
        <translation>écrire dans ce fichier la correspondance des colonnes utilisée, pour la corriger et l’appliquer avec --mapping</translation>
    </message>
    <message>
        <source>the sheet holding the tracker (default: found from the headers)</source>
        <translation>la feuille qui contient le suivi (par défaut&#xa0;: trouvée d’après les en-têtes)</translation>
    </message>
    <message>
        <source>import a tracker in your own layout with the proposed column mapping and name matches, without a mapping file</source>
        <translation>importer un suivi dans votre propre présentation avec la correspondance des colonnes et des noms proposée, sans fichier de correspondance</translation>
    </message>
    <message>
        <source>create the members and places that have no good match (members in the category “other (to review)”, places under the framework&apos;s region)</source>
        <translation>créer les membres et les lieux sans bonne correspondance (membres dans la catégorie «&#xa0;autre (à vérifier)&#xa0;», lieux sous la région du cadre)</translation>
    </message>
    <message>
        <source>the date the tracker was up to date on, for the dates of its statuses (default: the date the tracker states, else today)</source>
        <translation>la date de mise à jour du suivi, qui date ses statuts (par défaut&#xa0;: la date qu’indique le suivi, sinon aujourd’hui)</translation>
    </message>
    <message>
        <source>the row holding the column headers (default: found from the headers)</source>
        <translation>la ligne des en-têtes de colonnes (par défaut&#xa0;: trouvée d’après les en-têtes)</translation>
    </message>
    <message>
        <source>import incidents from an ACLED export (CSV or Excel)</source>
        <translation>importer des incidents depuis un export ACLED (CSV ou Excel)</translation>
    </message>
    <message>
        <source>the ACLED export (.csv or .xlsx)</source>
        <translation>l’export ACLED (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>show what would change, write nothing</source>
        <translation>montrer ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>keep only the events in the framework&apos;s regions</source>
        <translation>ne garder que les événements situés dans les régions du cadre</translation>
    </message>
    <message>
        <source>the file is a complete re-export: remove the ACLED events of the same period and regions that it no longer contains</source>
        <translation>le fichier est un nouvel export complet&#xa0;: supprimer les événements ACLED de la même période et des mêmes régions qu’il ne contient plus</translation>
    </message>
    <message>
        <source>put an event on an axis when it lies within this distance of the road (default: 5 km, or the database&apos;s setting)</source>
        <translation>rattacher un événement à un axe quand il se trouve à moins de cette distance de la route (par défaut&#xa0;: 5 km, ou le réglage de la base)</translation>
    </message>
    <message>
        <source>Workbook written: {file}</source>
        <translation>Classeur enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{commitments} commitments, {resources} resource lines, {members} members, {incidents} incidents</source>
        <translation>{commitments} engagements, {resources} lignes de besoins, {members} membres, {incidents} incidents</translation>
    </message>
    <message>
        <source>Redacted copy: personal data left out.</source>
        <translation>Copie expurgée&#xa0;: données personnelles retirées.</translation>
    </message>
    <message>
        <source>Mapping written to {file}</source>
        <translation>Correspondance écrite dans {file}</translation>
    </message>
    <message>
        <source>This workbook is not a secframe export; nothing was imported. Check the proposed mapping above with --dry-run, then import with --accept-mapping, or with --mapping FILE.json (write it with --save-mapping FILE.json and correct it if needed).</source>
        <translation>Ce classeur n’est pas un export de secframe&#xa0;; rien n’a été importé. Vérifiez la correspondance proposée ci-dessus avec --dry-run, puis importez avec --accept-mapping, ou avec --mapping FICHIER.json (écrivez-le avec --save-mapping FICHIER.json et corrigez-le au besoin).</translation>
    </message>
    <message>
        <source>To import, run:</source>
        <translation>Pour importer, lancez&#xa0;:</translation>
    </message>
    <message>
        <source>Names to reconcile ({n}):</source>
        <translation>Noms à rapprocher ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>place or axis</source>
        <translation>lieu ou axe</translation>
    </message>
    <message>
        <source>“{name}” ({kind}, rows {rows}):</source>
        <translation>«&#xa0;{name}&#xa0;» ({kind}, lignes {rows})&#xa0;:</translation>
    </message>
    <message>
        <source>create new (with --create-missing)</source>
        <translation>créer (avec --create-missing)</translation>
    </message>
    <message>
        <source>no good match: an error unless --create-missing</source>
        <translation>pas de bonne correspondance&#xa0;: une erreur, sauf avec --create-missing</translation>
    </message>
    <message>
        <source>closest: {options}</source>
        <translation>les plus proches&#xa0;: {options}</translation>
    </message>
    <message>
        <source>Column mapping (saved earlier for this layout), sheet “{sheet}”, headers in row {row}:</source>
        <translation>Correspondance des colonnes (enregistrée auparavant pour cette présentation), feuille «&#xa0;{sheet}&#xa0;», en-têtes en ligne {row}&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed column mapping, sheet “{sheet}”, headers in row {row}:</source>
        <translation>Correspondance des colonnes proposée, feuille «&#xa0;{sheet}&#xa0;», en-têtes en ligne {row}&#xa0;:</translation>
    </message>
    <message>
        <source>Imported {file} into {framework}:</source>
        <translation>{file} importé dans {framework}&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the import of {file} into {framework} (nothing written):</source>
        <translation>Aperçu de l’import de {file} dans {framework} (rien n’est écrit)&#xa0;:</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message>
        <source>Changes ({n}):</source>
        <translation>Modifications ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Errors ({n}):</source>
        <translation>Erreurs ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings ({n}):</source>
        <translation>Avertissements ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors in the file and import it again.</source>
        <translation>Rien n’a été importé&#xa0;: corrigez les erreurs dans le fichier et importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import in&amp;cidents (ACLED)…</source>
        <translation>Importer &amp;des incidents (ACLED)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the tracker to Excel</source>
        <translation>Exporter le suivi vers Excel</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Leaves out the names and phone numbers of representatives, the names of session chairs and of the people who recorded the changes, and the descriptions and actors of incidents. The Summary sheet says the copy is redacted.</source>
        <translation>Retire les noms et téléphones des représentants, les noms des présidents de session et des personnes qui ont saisi les changements ainsi que les descriptions et les acteurs des incidents. La feuille Synthèse indique que la copie est expurgée.</translation>
    </message>
    <message>
        <source>&amp;Redacted copy, for sharing beyond the framework</source>
        <translation>Copie e&amp;xpurgée, pour un partage hors du cadre</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidents&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Only the incidents between</source>
        <translation>Seulement les incidents entre le</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Export the tracker</source>
        <translation>Exporter le suivi</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The first date of the period is after the last one.</source>
        <translation>La première date de la période est postérieure à la dernière.</translation>
    </message>
</context>
<context>
    <name>IncidentOptionsDialog</name>
    <message>
        <source>Import incidents (ACLED)</source>
        <translation>Importer des incidents (ACLED)</translation>
    </message>
    <message>
        <source>Keep only the events in the regions of {framework}</source>
        <translation>Ne garder que les événements situés dans les régions de {framework}</translation>
    </message>
    <message>
        <source>Remove the events this export no longer contains</source>
        <translation>Supprimer les événements que cet export ne contient plus</translation>
    </message>
    <message>
        <source>Put an event on an &amp;axis when it lies within:</source>
        <translation>Rattacher un événement à un &amp;axe s’il se trouve à moins de&#xa0;:</translation>
    </message>
    <message>
        <source>Tick it only for a complete re-export of the same period and area: ACLED events already imported, of the same period and regions, that the file no longer contains are then deleted. Events already imported are matched by their ACLED identifier and updated; places missing from the localities are added under their region and cercle.</source>
        <translation>À cocher seulement pour un nouvel export complet de la même période et de la même zone&#xa0;: les événements ACLED déjà importés, de la même période et des mêmes régions, que le fichier ne contient plus sont alors supprimés. Les événements déjà importés sont reconnus à leur identifiant ACLED et mis à jour&#xa0;; les lieux absents des localités sont ajoutés sous leur région et leur cercle.</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Voir l’aperçu de l’import</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Commitment (title)</source>
        <translation>Engagement (intitulé)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lead member</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Locality or axis</source>
        <translation>Localité ou axe</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date of the status</source>
        <translation>Date du statut</translation>
    </message>
    <message>
        <source>Implementation level (0–3)</source>
        <translation>Niveau de mise en œuvre (0–3)</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>Montant nécessaire</translation>
    </message>
    <message>
        <source>Amount pledged</source>
        <translation>Montant promis</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Observations (notes, reason of a suspension)</source>
        <translation>Observations (notes, motif d’une suspension)</translation>
    </message>
    <message>
        <source>Reason of the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Cause of a suspension</source>
        <translation>Cause d’une suspension</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of {file}</source>
        <translation>Colonnes de {file}</translation>
    </message>
    <message>
        <source>This workbook is not a secframe export. Check which column holds what: the proposal comes from the column headers. Columns marked “not imported” are left aside. The mapping is remembered for workbooks with the same headers.</source>
        <translation>Ce classeur n’est pas un export secframe. Vérifiez ce que contient chaque colonne&#xa0;: la proposition vient des en-têtes. Les colonnes marquées «&#xa0;non importée&#xa0;» sont laissées de côté. La correspondance est retenue pour les classeurs qui ont les mêmes en-têtes.</translation>
    </message>
    <message>
        <source>This mapping was saved earlier for this layout.</source>
        <translation>Cette correspondance a été enregistrée auparavant pour cette présentation.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Row of the column headers:</source>
        <translation>&amp;Ligne des en-têtes de colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Open a mapping…</source>
        <translation>Ouvrir une correspondance…</translation>
    </message>
    <message>
        <source>Save the mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Voir l’aperçu de l’import</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>Choose the column holding the commitments&apos; titles.</source>
        <translation>Choisissez la colonne qui contient les intitulés des engagements.</translation>
    </message>
    <message>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Chaque champ ne peut venir que d’une seule colonne&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Open a mapping</source>
        <translation>Ouvrir une correspondance</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Import of {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <source>Problems (errors: {errors}, warnings: {warnings})</source>
        <translation>Problèmes (erreurs&#xa0;: {errors}, avertissements&#xa0;: {warnings})</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Modifications ({n})</translation>
    </message>
    <message>
        <source>Copy the lists</source>
        <translation>Copier les listes</translation>
    </message>
    <message>
        <source>Correct the column mapping…</source>
        <translation>Corriger la correspondance des colonnes…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported into {framework}:</source>
        <translation>Importé dans {framework}&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the import into {framework} — nothing is written yet:</source>
        <translation>Aperçu de l’import dans {framework} — rien n’est encore écrit&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>The file has errors: nothing can be imported. Correct them in the file (each error gives its sheet, row and column) and import it again.</source>
        <translation>Le fichier contient des erreurs&#xa0;: rien ne peut être importé. Corrigez-les dans le fichier (chaque erreur indique sa feuille, sa ligne et sa colonne) puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The database already holds everything this file contains.</source>
        <translation>La base contient déjà tout ce que ce fichier contient.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Names and date of {file}</source>
        <translation>Noms et date de {file}</translation>
    </message>
    <message>
        <source>{n} name(s) of this tracker are not in secframe under that name. For each, choose what it stands for: the closest records are proposed with how alike they are, or it is created (members in the category “other (to review)”, places under the framework&apos;s region).</source>
        <translation>{n} nom(s) de ce suivi ne figurent pas sous ce nom dans secframe. Pour chacun, choisissez ce qu’il désigne&#xa0;: les fiches les plus proches sont proposées avec leur ressemblance, ou il est créé (membres dans la catégorie «&#xa0;autre (à vérifier)&#xa0;», lieux sous la région du cadre).</translation>
    </message>
    <message>
        <source>Every member and place of this tracker is known.</source>
        <translation>Tous les membres et tous les lieux de ce suivi sont connus.</translation>
    </message>
    <message>
        <source>The date the tracker states: “{text}”.</source>
        <translation>La date qu’indique le suivi&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>The tracker states no date: give the day it was up to date on (today by default).</source>
        <translation>Le suivi n’indique pas de date&#xa0;: donnez le jour de sa mise à jour (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Statuses are &amp;true on:</source>
        <translation>Statuts &amp;valables au&#xa0;:</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Aperçu de l’import</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>place or axis</source>
        <translation>lieu ou axe</translation>
    </message>
    <message>
        <source>{label} ({score} % alike)</source>
        <translation>{label} (ressemblance {score}&#xa0;%)</translation>
    </message>
    <message>
        <source>Create “{name}”</source>
        <translation>Créer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Create the place “{name}”</source>
        <translation>Créer le lieu «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Leave it (an error at its cells)</source>
        <translation>Laisser tel quel (une erreur à ses cellules)</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Commitment tracker — {framework}</source>
        <translation>Suivi des engagements — {framework}</translation>
    </message>
    <message>
        <source>Exported from secframe on {date}.</source>
        <translation>Exporté de secframe le {date}.</translation>
    </message>
    <message>
        <source>Redacted copy for sharing beyond the framework: the names and phone numbers of representatives, the names of session chairs and of the people who recorded the changes, and the descriptions and actors of incidents are left out.</source>
        <translation>Copie expurgée pour un partage hors du cadre&#xa0;: les noms et téléphones des représentants, les noms des présidents de session et des personnes qui ont saisi les changements ainsi que les descriptions et les acteurs des incidents ont été retirés.</translation>
    </message>
    <message>
        <source>To update the tracker, change the cells of the sheets “{commitments}” and “{resources}” and send the file back; leave the ID columns as they are and add new rows without an ID. A change of status needs the date of the change and, for a suspension, its cause and reason. The other sheets are for reading: changes made there are not taken into account.</source>
        <translation>Pour mettre le suivi à jour, modifiez les cellules des feuilles «&#xa0;{commitments}&#xa0;» et «&#xa0;{resources}&#xa0;» puis renvoyez le fichier&#xa0;; ne touchez pas aux colonnes ID et ajoutez les nouvelles lignes sans ID. Un changement de statut demande la date du changement et, pour une suspension, sa cause et son motif. Les autres feuilles sont en lecture seule&#xa0;: leurs modifications ne sont pas prises en compte.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Open (planned, active or suspended)</source>
        <translation>Ouverts (prévus, en cours ou suspendus)</translation>
    </message>
    <message>
        <source>Planned or active, past their deadline</source>
        <translation>Prévus ou en cours, échéance dépassée</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Besoins (montant total)</translation>
    </message>
    <message>
        <source>Resources pledged</source>
        <translation>Montants promis</translation>
    </message>
    <message>
        <source>Resources received</source>
        <translation>Montants reçus</translation>
    </message>
    <message>
        <source>Resource gap</source>
        <translation>Besoins non couverts</translation>
    </message>
    <message>
        <source>Incidents in the last 90 days</source>
        <translation>Incidents des 90 derniers jours</translation>
    </message>
    <message>
        <source>Incidents in the 90 days before</source>
        <translation>Incidents des 90 jours précédents</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>Engagements par statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resources by category (FCFA)</source>
        <translation>Besoins par catégorie (FCFA)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>No resource needs recorded.</source>
        <translation>Aucun besoin enregistré.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>Exporté le {date}</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Long texts</source>
        <translation>Textes longs</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Texte complet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Follow-up sheet</source>
        <translation>Fiche de suivi</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Status and cause</source>
        <translation>Statut et cause</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reste à financer (FCFA)</source>
        <translation>Reste à financer (FCFA)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Follow-up sheet — {framework}</source>
        <translation>Fiche de suivi — {framework}</translation>
    </message>
    <message>
        <source>Open commitments on {date}, the most urgent first: blocked, overdue, then the others. Every commitment, closed ones included, is on the sheet “{sheet}”.</source>
        <translation>Engagements ouverts au {date}, les plus urgents d’abord&#xa0;: bloqués, en retard, puis les autres. Tous les engagements, y compris ceux qui sont clos, figurent dans la feuille «&#xa0;{sheet}&#xa0;».</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lead member</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Échéance initiale</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Échéance actuelle</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reason for the last deadline revision</source>
        <translation>Motif du dernier report d’échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Implementation level (0–3)</source>
        <translation>Niveau de mise en œuvre (0–3)</translation>
    </message>
    <message>
        <source>Date of the last status change</source>
        <translation>Date du dernier changement de statut</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Who can unblock it</source>
        <translation>Qui peut débloquer</translation>
    </message>
    <message>
        <source>Date of the next step</source>
        <translation>Date de la prochaine étape</translation>
    </message>
    <message>
        <source>Needed (FCFA)</source>
        <translation>Besoin (FCFA)</translation>
    </message>
    <message>
        <source>Pledged (FCFA)</source>
        <translation>Promis (FCFA)</translation>
    </message>
    <message>
        <source>Received (FCFA)</source>
        <translation>Reçu (FCFA)</translation>
    </message>
    <message>
        <source>Gap (FCFA)</source>
        <translation>Écart (FCFA)</translation>
    </message>
    <message>
        <source>Results counted</source>
        <translation>Résultats chiffrés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Commitment ID</source>
        <translation>ID engagement</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Deadline revisions</source>
        <translation>Reports d’échéance</translation>
    </message>
    <message>
        <source>Previous deadline</source>
        <translation>Échéance précédente</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>Jours de report</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <source>Meetings and decisions</source>
        <translation>Sessions et décisions</translation>
    </message>
    <message>
        <source>Session n°</source>
        <translation>Session n°</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Of whom women</source>
        <translation>Dont femmes</translation>
    </message>
    <message>
        <source>Decision n°</source>
        <translation>Décision n°</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Commitments concerned (IDs)</source>
        <translation>Engagements concernés (ID)</translation>
    </message>
    <message>
        <source>Conclusions adopted</source>
        <translation>Conclusions adoptées</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Date precision (1–3)</source>
        <translation>Précision de la date (1–3)</translation>
    </message>
    <message>
        <source>Place precision (1–3)</source>
        <translation>Précision du lieu (1–3)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 (not started) to 3 (full).</source>
        <translation>Saisissez un nombre entier de 0 (non commencé) à 3 (complet).</translation>
    </message>
    <message>
        <source>Value not in the list</source>
        <translation>Valeur hors de la liste</translation>
    </message>
</context>
</TS>

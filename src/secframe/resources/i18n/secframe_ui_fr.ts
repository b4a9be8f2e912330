<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About secframe</source>
        <translation>À propos de secframe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Révision du schéma</translation>
    </message>
    <message>
        <source>The tracker of the secretariats of collaborative security management frameworks and local dialogue forums.</source>
        <translation>L’outil de suivi des secrétariats des cadres de gestion concertée de la sécurité et des forums de dialogue locaux.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Regions and cercles, P-codes and boundaries: OCHA Mali – COD-AB (Creative Commons Attribution), simplified.</source>
        <translation>Régions et cercles, P-codes et limites&#xa0;: OCHA Mali – COD-AB (Creative Commons Attribution), simplifiés.</translation>
    </message>
    <message>
        <source>Cercle names and 2020 population: OCHA Mali – COD-PS (Creative Commons Attribution).</source>
        <translation>Noms des cercles et population 2020&#xa0;: OCHA Mali – COD-PS (Creative Commons Attribution).</translation>
    </message>
    <message>
        <source>Example frameworks: from the Centre for Humanitarian Dialogue&apos;s “Facilitating the implementation of a national agreement through local mediation” and International Alert&apos;s “Bridging deep divisions in Mali”. Amounts, incidents and session details in the example are illustrative.</source>
        <translation>Cadres d’exemple&#xa0;: d’après «&#xa0;Facilitating the implementation of a national agreement through local mediation&#xa0;» du Centre pour le dialogue humanitaire et «&#xa0;Bridging deep divisions in Mali&#xa0;» d’International Alert. Les montants, les incidents et le détail des sessions de l’exemple sont illustratifs.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Enter an amount in figures, like 1 500 000.</source>
        <translation>Saisissez un montant en chiffres, par exemple 1&#xa0;500&#xa0;000.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Opening {location}…</source>
        <translation>Ouverture de {location}…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Créer une nouvelle base…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your changes have not been saved.</source>
        <translation>Vos modifications n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Reload shows their version; your changes in this window will be lost.</source>
        <translation>Recharger affiche sa version&#xa0;; vos modifications dans cette fenêtre seront perdues.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Suspended, no decision since {date}</source>
        <translation>Suspendu, sans décision depuis le {date}</translation>
    </message>
    <message>
        <source>Suspended, no decision since</source>
        <translation>Suspendu, sans décision depuis</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d’un jour</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>En retard de {n} jours</translation>
    </message>
    <message>
        <source>Overdue by {n} months</source>
        <translation>En retard de {n} mois</translation>
    </message>
    <message>
        <source>Overdue by {n} years</source>
        <translation>En retard de {n} ans</translation>
    </message>
</context>
<context>
    <name>AxisEditor</name>
    <message>
        <source>e.g. Tombouctou – Goundam</source>
        <translation>p. ex. Tombouctou – Goundam</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Name (required)</source>
        <translation>&amp;Nom (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Localities, in order</source>
        <translation>&amp;Localités, dans l’ordre</translation>
    </message>
    <message>
        <source>Len&amp;gth (km)</source>
        <translation>Lon&amp;gueur (km)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Axis — {name}</source>
        <translation>Axe — {name}</translation>
    </message>
    <message>
        <source>New axis</source>
        <translation>Nouvel axe</translation>
    </message>
    <message>
        <source>Enter the length in figures.</source>
        <translation>Saisissez la longueur en chiffres.</translation>
    </message>
</context>
<context>
    <name>ChoiceFilter</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>{count} chosen</source>
        <translation>{count} choisis</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title}&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>N°</source>
        <translation>N°</translation>
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
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
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
        <source>Revisions</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Last reason</source>
        <translation>Dernier motif</translation>
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
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
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
        <source>Joined</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localités</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Dates and follow-up</source>
        <translation>Dates et suivi</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>si&amp;nce</source>
        <translation>de&amp;puis le</translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <source>Revise &amp;deadline…</source>
        <translation>Reporter l’é&amp;chéance…</translation>
    </message>
    <message>
        <source>&amp;Handover…</source>
        <translation>&amp;Passation…</translation>
    </message>
    <message>
        <source>Another member takes over this commitment</source>
        <translation>Un autre membre prend la relève de cet engagement</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <source>Deadline: &lt;b&gt;{date}&lt;/b&gt; (set by a revision; none at first)</source>
        <translation>Échéance&#xa0;: &lt;b&gt;{date}&lt;/b&gt; (fixée par un report&#xa0;; aucune au départ)</translation>
    </message>
    <message>
        <source>Deadline: &lt;b&gt;{date}&lt;/b&gt; (originally {original}, revised {n} time(s))</source>
        <translation>Échéance&#xa0;: &lt;b&gt;{date}&lt;/b&gt; (initialement le {original}, reportée {n} fois)</translation>
    </message>
    <message>
        <source>Deadline: &lt;b&gt;{date}&lt;/b&gt;</source>
        <translation>Échéance&#xa0;: &lt;b&gt;{date}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and it is still open.</source>
        <translation>En retard&#xa0;: l’échéance est passée et l’engagement n’est pas clos.</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Commitment — {title}</source>
        <translation>Engagement — {title}</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Original dead&amp;line</source>
        <translation>Échéance &amp;initiale</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <source>e.g. twice a day</source>
        <translation>p. ex. deux fois par jour</translation>
    </message>
    <message>
        <source>e.g. minutes of the session of 15/10/2019</source>
        <translation>p. ex. compte rendu de la session du 15/10/2019</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>&amp;Title (required)</source>
        <translation>&amp;Intitulé (obligatoire)</translation>
    </message>
    <message>
        <source>given on saving when left empty, e.g. TOM-2019-007</source>
        <translation>attribuée à l’enregistrement si vide, p. ex. TOM-2019-007</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Lead member</source>
        <translation>Chef de &amp;file</translation>
    </message>
    <message>
        <source>&amp;Partners and their roles</source>
        <translation>P&amp;artenaires et leur rôle</translation>
    </message>
    <message>
        <source>L&amp;ocality</source>
        <translation>&amp;Localité</translation>
    </message>
    <message>
        <source>&amp;Axis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>Fré&amp;quence</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Implementation level</source>
        <translation>&amp;Niveau de mise en œuvre</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>De&amp;cided at session</source>
        <translation>Décidé en s&amp;ession</translation>
    </message>
    <message>
        <source>&amp;Outcome and notes</source>
        <translation>&amp;Résultats et notes</translation>
    </message>
    <message>
        <source>When the commitment is blocked (suspended, awaiting support, or planned past its start): the brief for the Governor and the tracker&apos;s Fiche de suivi show who can unblock it and the next step.</source>
        <translation>Quand l’engagement est bloqué (suspendu, en attente d’appui, ou prévu et son démarrage passé)&#xa0;: la note au Gouverneur et la Fiche de suivi du classeur indiquent qui peut le débloquer et la prochaine étape.</translation>
    </message>
    <message>
        <source>Original dead&amp;line</source>
        <translation>Échéance &amp;initiale</translation>
    </message>
    <message>
        <source>Revised since: use “Revise deadline…” to move it again.</source>
        <translation>Reportée depuis&#xa0;: utilisez «&#xa0;Reporter l’échéance…&#xa0;» pour la déplacer de nouveau.</translation>
    </message>
    <message>
        <source>This deadline is already past: if the commitment is still open, it will show as overdue at once.</source>
        <translation>Cette échéance est déjà passée&#xa0;: si l’engagement est encore ouvert, il apparaîtra tout de suite en retard.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Takes over from {label}.</source>
        <translation>Reprend l’engagement {label}.</translation>
    </message>
    <message>
        <source>Taken over by {labels}.</source>
        <translation>Repris par l’engagement {labels}.</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Record a new commitment (Ctrl+N)</source>
        <translation>Enregistrer un nouvel engagement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <source>Commitments this member leads or takes part in</source>
        <translation>Engagements dont ce membre est chef de file ou partenaire</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Commitments at this place, inside it, or on an axis through it</source>
        <translation>Engagements en ce lieu, à l’intérieur, ou sur un axe qui le traverse</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Overdue, or suspended with no decision since</source>
        <translation>En retard, ou suspendus sans décision depuis</translation>
    </message>
    <message>
        <source>{shown} of {total} commitments shown</source>
        <translation>Engagements affichés&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>The database holds no framework yet: create one with File › New framework…</source>
        <translation>La base ne contient encore aucun cadre&#xa0;: créez-en un avec Fichier › Nouveau cadre…</translation>
    </message>
    <message>
        <source>No commitment recorded yet. Record the first with “New commitment” (Ctrl+N).</source>
        <translation>Aucun engagement enregistré. Enregistrez le premier avec «&#xa0;Nouvel engagement&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>{filter}: {values}</source>
        <translation>{filter}&#xa0;: {values}</translation>
    </message>
    <message>
        <source>member: {name}</source>
        <translation>membre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>place: {name}</source>
        <translation>lieu&#xa0;: {name}</translation>
    </message>
    <message>
        <source>period: {start} – {end}</source>
        <translation>période&#xa0;: {start} – {end}</translation>
    </message>
    <message>
        <source>needs attention only</source>
        <translation>à surveiller seulement</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Revise deadline…</source>
        <translation>Reporter l’échéance…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>Passation…</translation>
    </message>
    <message>
        <source>Delete the commitment “{title}”?</source>
        <translation>Supprimer l’engagement «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these {count} commitments?</source>
        <translation>Supprimer ces {count} engagements&#xa0;?</translation>
    </message>
    <message>
        <source>Also deleted: {status_changes} status change(s), {deadline_revisions} deadline revision(s), {resource_needs} resource line(s) and {partners} partner link(s).</source>
        <translation>Seront aussi supprimés&#xa0;: {status_changes} changement(s) de statut, {deadline_revisions} report(s) d’échéance, {resource_needs} ligne(s) de besoins et {partners} partenaire(s).</translation>
    </message>
    <message>
        <source>{successors} commitment(s) that took over from it will lose that link.</source>
        <translation>{successors} engagement(s) qui en ont pris la suite perdront ce lien.</translation>
    </message>
    <message>
        <source>The history of changes keeps a trace. This cannot be undone.</source>
        <translation>Le journal des modifications en garde la trace. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Databases</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>new-secframe.sqlite3</source>
        <translation>nouvelle-base-secframe.sqlite3</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File › Open database.</source>
        <translation>{path} existe déjà. Choisissez un autre nom, ou ouvrez-la avec Fichier › Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>No other database opened lately</source>
        <translation>Aucune autre base ouverte récemment</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Its {members} member(s), {commitments} commitment(s) with their history and needs, and {meetings} session(s) are deleted too. Make a backup first (File › Back up to…). This cannot be undone.</source>
        <translation>Ses {members} membre(s), ses {commitments} engagement(s) avec leur historique et leurs besoins, et ses {meetings} session(s) seront aussi supprimés. Faites d’abord une sauvegarde (Fichier › Sauvegarder vers…). Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete the framework “{name}”?</source>
        <translation>Supprimer le cadre «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Enter a date like 15/03/2019.</source>
        <translation>Saisissez une date comme 15/03/2019.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Revise deadline — {title}</source>
        <translation>Reporter l’échéance — {title}</translation>
    </message>
    <message>
        <source>Revise deadline</source>
        <translation>Reporter l’échéance</translation>
    </message>
    <message>
        <source>&amp;New deadline</source>
        <translation>&amp;Nouvelle échéance</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Décidé le</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Decided at s&amp;ession</source>
        <translation>Décidé en s&amp;ession</translation>
    </message>
    <message>
        <source>No deadline yet.</source>
        <translation>Pas encore d’échéance.</translation>
    </message>
    <message>
        <source>Current deadline: {deadline}</source>
        <translation>Échéance actuelle&#xa0;: {deadline}</translation>
    </message>
    <message>
        <source>Current deadline: {deadline} (originally {original})</source>
        <translation>Échéance actuelle&#xa0;: {deadline} (initialement le {original})</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Reports précédents</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>e.g. CGCS Tombouctou-Taoudéni</source>
        <translation>p. ex. CGCS Tombouctou-Taoudéni</translation>
    </message>
    <message>
        <source>e.g. Centre for Humanitarian Dialogue (HD)</source>
        <translation>p. ex. Centre pour le dialogue humanitaire (HD)</translation>
    </message>
    <message>
        <source>&amp;Name (required)</source>
        <translation>&amp;Nom (obligatoire)</translation>
    </message>
    <message>
        <source>S&amp;hort name (required)</source>
        <translation>&amp;Sigle (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>N&amp;iveau</translation>
    </message>
    <message>
        <source>&amp;Regions covered</source>
        <translation>&amp;Régions couvertes</translation>
    </message>
    <message>
        <source>&amp;Established on</source>
        <translation>&amp;Créé le</translation>
    </message>
    <message>
        <source>&amp;Facilitating partners</source>
        <translation>&amp;Partenaires facilitateurs</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Framework — {name}</source>
        <translation>Cadre — {name}</translation>
    </message>
    <message>
        <source>New framework</source>
        <translation>Nouveau cadre</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — secframe</source>
        <translation>Guide d’utilisation — secframe</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>Chercher dans le guide (Entrée&#xa0;: suivant)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover — {title}</source>
        <translation>Passation — {title}</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Faire la passation</translation>
    </message>
    <message>
        <source>“{title}” is completed by handover on the date below; a new commitment, led by the member taking over, continues it and is linked to it.</source>
        <translation>«&#xa0;{title}&#xa0;» est clos par passation à la date ci-dessous&#xa0;; un nouvel engagement, dont le membre qui prend la relève est chef de file, lui fait suite et lui reste lié.</translation>
    </message>
    <message>
        <source>&amp;Member taking over</source>
        <translation>&amp;Membre qui prend la relève</translation>
    </message>
    <message>
        <source>&amp;Title of the new commitment</source>
        <translation>&amp;Intitulé du nouvel engagement</translation>
    </message>
    <message>
        <source>&amp;Date of the handover</source>
        <translation>&amp;Date de la passation</translation>
    </message>
    <message>
        <source>&amp;Status of the new commitment</source>
        <translation>S&amp;tatut du nouvel engagement</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>M&amp;otif (obligatoire)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Decided at s&amp;ession</source>
        <translation>Décidé en s&amp;ession</translation>
    </message>
    <message>
        <source>Choose the member taking over.</source>
        <translation>Choisissez le membre qui prend la relève.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Deadline revisions</source>
        <translation>Reports d’échéance</translation>
    </message>
    <message>
        <source>All recorded changes</source>
        <translation>Toutes les modifications enregistrées</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>1 – exact day</source>
        <translation>1 – jour exact</translation>
    </message>
    <message>
        <source>2 – week</source>
        <translation>2 – semaine</translation>
    </message>
    <message>
        <source>3 – month</source>
        <translation>3 – mois</translation>
    </message>
    <message>
        <source>1 – town</source>
        <translation>1 – localité</translation>
    </message>
    <message>
        <source>2 – district</source>
        <translation>2 – cercle</translation>
    </message>
    <message>
        <source>3 – region</source>
        <translation>3 – région</translation>
    </message>
    <message>
        <source>&amp;Date (required)</source>
        <translation>&amp;Date (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>S&amp;ub-type</source>
        <translation>So&amp;us-type</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Localité</translation>
    </message>
    <message>
        <source>&amp;Axis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>Lat&amp;itude</source>
        <translation>Lat&amp;itude</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>Lo&amp;ngitude</translation>
    </message>
    <message>
        <source>A&amp;ctors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;Fatalities</source>
        <translation>&amp;Morts</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Date p&amp;recision</source>
        <translation>P&amp;récision de la date</translation>
    </message>
    <message>
        <source>&amp;Place precision</source>
        <translation>Pré&amp;cision du lieu</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Enter degrees in figures, like 16.77 or -3.01.</source>
        <translation>Saisissez des degrés en chiffres, par exemple 16,77 ou -3,01.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Record an incident (Ctrl+N)</source>
        <translation>Enregistrer un incident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Searches descriptions, actors, sources, types and places</source>
        <translation>Cherche dans les descriptions, acteurs, sources, types et lieux</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>In the framework&apos;s regions</source>
        <translation>Dans les régions du cadre</translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation>Y compris les rejetés</translation>
    </message>
    <message>
        <source>{shown} of {total} incidents shown</source>
        <translation>Incidents affichés&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>No incident recorded in these places yet. Record one with “New incident” (Ctrl+N).</source>
        <translation>Aucun incident enregistré dans ces lieux. Enregistrez-en un avec «&#xa0;Nouvel incident&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Delete {count} incident(s)?</source>
        <translation>Supprimer {count} incident(s)&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>ListDocument</name>
    <message>
        <source>No filter: every record.</source>
        <translation>Sans filtre&#xa0;: toutes les fiches.</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>Filtres&#xa0;: {filters}.</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} lignes sur {total}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>Choisir les colonnes affichées</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Affichés&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Saved: “{label}” (search and filters cleared to show it)</source>
        <translation>Enregistré&#xa0;: «&#xa0;{label}&#xa0;» (recherche et filtres effacés pour l’afficher)</translation>
    </message>
    <message>
        <source>Saved: “{label}”</source>
        <translation>Enregistré&#xa0;: «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>recherche «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>ListPreview</name>
    <message>
        <source>{title} — print preview</source>
        <translation>{title} — aperçu avant impression</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the list as a PDF file</source>
        <translation>Enregistrer la liste dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>Enregistrer la liste en PDF</translation>
    </message>
    <message>
        <source>List saved as PDF: {path}</source>
        <translation>Liste enregistrée en PDF&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Print t&amp;he list…</source>
        <translation>Imprimer l&amp;a liste…</translation>
    </message>
</context>
<context>
    <name>LocalityEditor</name>
    <message>
        <source>optional, e.g. ML0605</source>
        <translation>facultatif, p. ex. ML0605</translation>
    </message>
    <message>
        <source>&amp;Name (required)</source>
        <translation>&amp;Nom (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>N&amp;iveau</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Dans</translation>
    </message>
    <message>
        <source>&amp;P-code</source>
        <translation>&amp;P-code</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>La&amp;titude</translation>
    </message>
    <message>
        <source>Longit&amp;ude</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Enter degrees in figures, like 16.77 or -3.01.</source>
        <translation>Saisissez des degrés en chiffres, par exemple 16,77 ou -3,01.</translation>
    </message>
</context>
<context>
    <name>LogTable</name>
    <message>
        <source>{title} — none</source>
        <translation>{title} — néant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Name, level and regions of the framework</source>
        <translation>Nom, niveau et régions du cadre</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base&#xa0;: {location}</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Cadre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>e.g. CMA, FAMa</source>
        <translation>p. ex. CMA, FAMa</translation>
    </message>
    <message>
        <source>&amp;Name (required)</source>
        <translation>&amp;Nom (obligatoire)</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Ro&amp;les</source>
        <translation>Rô&amp;les</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Adhésion</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>Membre &amp;depuis le</translation>
    </message>
    <message>
        <source>Membership &amp;status since</source>
        <translation>Si&amp;tuation d’adhésion depuis le</translation>
    </message>
    <message>
        <source>&amp;Representatives</source>
        <translation>&amp;Représentants</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Member — {name}</source>
        <translation>Membre — {name}</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Add a member to the framework (Ctrl+N)</source>
        <translation>Ajouter un membre au cadre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>{shown} of {total} members shown</source>
        <translation>Membres affichés&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>The database holds no framework yet: create one with File › New framework…</source>
        <translation>La base ne contient encore aucun cadre&#xa0;: créez-en un avec Fichier › Nouveau cadre…</translation>
    </message>
    <message>
        <source>No member yet. Add the framework&apos;s members with “New member” (Ctrl+N).</source>
        <translation>Aucun membre pour l’instant. Ajoutez les membres du cadre avec «&#xa0;Nouveau membre&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <source>{name}: {commitments} commitment(s), {attendance} attendance(s)</source>
        <translation>{name}&#xa0;: {commitments} engagement(s), {attendance} présence(s) en session</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>These members are still referred to and cannot be deleted; set their membership to “Withdrawn” instead:
{names}</source>
        <translation>Ces membres sont encore cités et ne peuvent pas être supprimés&#xa0;; passez plutôt leur adhésion à «&#xa0;Retiré&#xa0;»&#xa0;:
{names}</translation>
    </message>
    <message>
        <source>Delete the member “{name}” and its representatives?</source>
        <translation>Supprimer le membre «&#xa0;{name}&#xa0;» et ses représentants&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these {count} members and their representatives?</source>
        <translation>Supprimer ces {count} membres et leurs représentants&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open read-onl&amp;y…</source>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Dele&amp;te this framework…</source>
        <translation>S&amp;upprimer ce cadre…</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>&amp;Sauvegarder vers…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>New &amp;framework…</source>
        <translation>Nouveau &amp;cadre…</translation>
    </message>
    <message>
        <source>Framework &amp;properties…</source>
        <translation>&amp;Propriétés du cadre…</translation>
    </message>
    <message>
        <source>Re&amp;store from…</source>
        <translation>Res&amp;taurer depuis…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open the selection</source>
        <translation>&amp;Ouvrir la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete the selection…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Copy the selection</source>
        <translation>&amp;Copier la sélection</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;About secframe</source>
        <translation>À &amp;propos de secframe</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Localities &amp; axes</source>
        <translation>Localités et axes</translation>
    </message>
    <message>
        <source>This page has no columns to choose</source>
        <translation>Cette page n’a pas de colonnes à choisir</translation>
    </message>
</context>
<context>
    <name>Needs</name>
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
        <source>Enter an amount in figures, like 1 500 000.</source>
        <translation>Saisissez un montant en chiffres, par exemple 1&#xa0;500&#xa0;000.</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected lines</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Needed: {amount}</source>
        <translation>Besoin&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Pledged: {amount}</source>
        <translation>Promis&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Reçu&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Gap: {amount}</source>
        <translation>Écart&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>line {line}, {column}</source>
        <translation>ligne {line}, {column}</translation>
    </message>
    <message>
        <source>⚠ Not counted, to correct: {cells}</source>
        <translation>⚠ Non compté, à corriger&#xa0;: {cells}</translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Ligne {line}, {column}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>PartnersTable</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Type a place or choose it in the list</source>
        <translation>Saisissez un lieu ou choisissez-le dans la liste</translation>
    </message>
    <message>
        <source>Choose in the list of places</source>
        <translation>Choisir dans la liste des lieux</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New place…</source>
        <translation>Nouveau lieu…</translation>
    </message>
    <message>
        <source>New axis…</source>
        <translation>Nouvel axe…</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>axe</translation>
    </message>
    <message>
        <source>Choose a place from the list.</source>
        <translation>Choisissez un lieu dans la liste.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Add a locality, commune, cercle or region (Ctrl+N)</source>
        <translation>Ajouter une localité, une commune, un cercle ou une région (Ctrl+N)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>All of Mali</source>
        <translation>Tout le Mali</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localités</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>New axis</source>
        <translation>Nouvel axe</translation>
    </message>
    <message>
        <source>Show the places of every region, not only those of the framework&apos;s regions ({regions})</source>
        <translation>Afficher les lieux de toutes les régions, pas seulement ceux des régions du cadre ({regions})</translation>
    </message>
    <message>
        <source>This framework has no region recorded (Framework properties…): every place is shown.</source>
        <translation>Aucune région n’est enregistrée pour ce cadre (Propriétés du cadre…)&#xa0;: tous les lieux sont affichés.</translation>
    </message>
    <message>
        <source>in the framework&apos;s regions: {regions}</source>
        <translation>régions du cadre&#xa0;: {regions}</translation>
    </message>
    <message>
        <source>all of Mali: this framework has no region recorded</source>
        <translation>tout le Mali&#xa0;: aucune région n’est enregistrée pour ce cadre</translation>
    </message>
    <message>
        <source>all of Mali</source>
        <translation>tout le Mali</translation>
    </message>
    <message>
        <source>{shown} of {total} axes shown</source>
        <translation>Axes affichés&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} places shown</source>
        <translation>Lieux affichés&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>{counts} ({scope})</source>
        <translation>{counts} ({scope})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>{name}: {places} place(s) inside, {commitments} commitment(s), {incidents} incident(s), {axes} axis/axes, {frameworks} framework(s)</source>
        <translation>{name}&#xa0;: {places} lieu(x) à l’intérieur, {commitments} engagement(s), {incidents} incident(s), {axes} axe(s), {frameworks} cadre(s)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>These places are still referred to and cannot be deleted:
{lines}</source>
        <translation>Ces lieux sont encore cités et ne peuvent pas être supprimés&#xa0;:
{lines}</translation>
    </message>
    <message>
        <source>Delete {count} place(s)?</source>
        <translation>Supprimer {count} lieu(x)&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {count} axis/axes?</source>
        <translation>Supprimer {count} axe(s)&#xa0;?</translation>
    </message>
    <message>
        <source>Commitments and incidents on these axes keep their localities but lose the axis.</source>
        <translation>Les engagements et incidents sur ces axes gardent leur localité mais perdent l’axe.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Dates and amounts follow the language: 15/03/2019 and 1 500 000 FCFA in French.</source>
        <translation>Les dates et les montants suivent la langue&#xa0;: 15/03/2019 et 1&#xa0;500&#xa0;000&#xa0;FCFA en français.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>An encrypted database is locked after this time without use (or Ctrl+L).</source>
        <translation>Une base chiffrée est verrouillée après ce délai sans utilisation (ou par Ctrl+L).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>{location} is encrypted. Passphrase:</source>
        <translation>{location} est chiffrée. Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong passphrase (try {n} of {total}).</source>
        <translation>Phrase secrète incorrecte (essai {n} sur {total}).</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base chiffrée</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>&amp;Encrypt it with a passphrase</source>
        <translation>&amp;Chiffrer la base avec une phrase secrète</translation>
    </message>
    <message>
        <source>Without the passphrase nobody, not even secframe, can read the data: keep it somewhere safe. A few words make a passphrase easy to remember and hard to guess.</source>
        <translation>Sans la phrase secrète, personne, pas même secframe, ne peut lire les données&#xa0;: gardez-la en lieu sûr. Quelques mots font une phrase secrète facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>Encryption needs the encryption module: pip install &quot;secframe[encryption]&quot;.</source>
        <translation>Le chiffrement demande le module de chiffrement&#xa0;: pip install &quot;secframe[encryption]&quot;.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Chiffrer la base</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base…</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>Solidité&#xa0;: très faible</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Solidité&#xa0;: faible</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Solidité&#xa0;: moyenne</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Solidité&#xa0;: bonne</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Solidité&#xa0;: forte</translation>
    </message>
    <message>
        <source>the two passphrases differ.</source>
        <translation>les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;secframe is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;secframe est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The data is hidden and the key wiped from memory. Give the passphrase to go on.</source>
        <translation>Les données sont masquées et la clé effacée de la mémoire. Donnez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>secframe — locked</source>
        <translation>secframe — verrouillé</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>La base est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Rétablir les colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>RepresentativesTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Add a representative</source>
        <translation>Ajouter un représentant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Representative {n}: {message}</source>
        <translation>Représentant {n}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the data of {database} with the backup {backup}?</source>
        <translation>Remplacer les données de {database} par la sauvegarde {backup}&#xa0;?</translation>
    </message>
    <message>
        <source>Everything recorded since that backup was made is replaced. The database as it is now is first copied beside it (a file ending in “.before-restore.sqlite3”), so nothing is lost.</source>
        <translation>Tout ce qui a été enregistré depuis cette sauvegarde est remplacé. La base telle qu’elle est maintenant est d’abord copiée à côté d’elle (un fichier qui se termine par «&#xa0;.before-restore.sqlite3&#xa0;»)&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The data of {backup} is back in {database}.

The database it replaced is kept as {aside}.</source>
        <translation>Les données de {backup} sont de retour dans {database}.

La base qu’elles ont remplacée est gardée sous le nom {aside}.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Environ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tick when the figure is an estimate (« une vingtaine »): shown as ~20.</source>
        <translation>Cochez quand le chiffre est une estimation («&#xa0;une vingtaine&#xa0;»)&#xa0;: affiché ~20.</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>What the commitment achieved, counted: patrols held, escorts run, arrests, weapons collected, people reached. The brief, the dashboard and the tracker show them.</source>
        <translation>Ce que l’engagement a obtenu, en chiffres&#xa0;: patrouilles menées, escortes assurées, arrestations, armes collectées, personnes touchées. La note de briefing, le tableau de bord et le tableau de suivi les reprennent.</translation>
    </message>
    <message>
        <source>An estimate (shown as ~)</source>
        <translation>Une estimation (affichée avec ~)</translation>
    </message>
    <message>
        <source>Result {n}: {message}</source>
        <translation>Résultat {n}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>{count} record found</source>
        <translation>{count} fiche trouvée</translation>
    </message>
    <message>
        <source>{count} records found</source>
        <translation>{count} fiches trouvées</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Commitments, members, sessions, decisions, incidents, places…</source>
        <translation>Engagements, membres, sessions, décisions, incidents, lieux…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <source>Type a few letters: accents and capitals are ignored.</source>
        <translation>Tapez quelques lettres&#xa0;: accents et majuscules sont ignorés.</translation>
    </message>
    <message>
        <source>Enter opens, Esc closes</source>
        <translation>Entrée ouvre, Échap ferme</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Rien trouvé pour «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Search &amp;everywhere…</source>
        <translation>Rechercher parto&amp;ut…</translation>
    </message>
    <message>
        <source>Search everywhere…</source>
        <translation>Rechercher partout…</translation>
    </message>
    <message>
        <source>Search the whole framework (Ctrl+K)</source>
        <translation>Rechercher dans tout le cadre (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — {title}</source>
        <translation>Changer le statut — {title}</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Current status: {status}</source>
        <translation>Statut actuel&#xa0;: {status}</translation>
    </message>
    <message>
        <source>e.g. minutes of the session, letter, call</source>
        <translation>p. ex. compte rendu de session, lettre, appel</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nouveau statut</translation>
    </message>
    <message>
        <source>&amp;Date of the change</source>
        <translation>&amp;Date du changement</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Decided at s&amp;ession</source>
        <translation>Décidé en s&amp;ession</translation>
    </message>
    <message>
        <source>This status blocks the commitment: the brief for the Governor and the tracker&apos;s Fiche de suivi show who can unblock it and the next step.</source>
        <translation>Ce statut bloque l’engagement&#xa0;: la note au Gouverneur et la Fiche de suivi du classeur indiquent qui peut le débloquer et la prochaine étape.</translation>
    </message>
    <message>
        <source>&amp;Cause (required)</source>
        <translation>&amp;Cause (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Status log</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Choisissez le nouveau statut.</translation>
    </message>
</context>
<context>
    <name>Unblocking</name>
    <message>
        <source>To unblock it</source>
        <translation>Pour le débloquer</translation>
    </message>
    <message>
        <source>a member, a partner or an authority outside the framework, e.g. Bamako</source>
        <translation>un membre, un partenaire ou une autorité hors du cadre, p. ex. Bamako</translation>
    </message>
    <message>
        <source>e.g. Governor&apos;s letter asking for the forces back</source>
        <translation>p. ex. courrier du Gouverneur demandant le retour des forces</translation>
    </message>
    <message>
        <source>&amp;Who can unblock it</source>
        <translation>&amp;Qui peut le débloquer</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Prochaine é&amp;tape</translation>
    </message>
    <message>
        <source>Date of the next ste&amp;p</source>
        <translation>Date de &amp;la prochaine étape</translation>
    </message>
    <message>
        <source>Who can unblock it and the next step are not recorded yet (“Dates and follow-up”).</source>
        <translation>Qui peut le débloquer et la prochaine étape ne sont pas encore notés (onglet «&#xa0;Dates et suivi&#xa0;»).</translation>
    </message>
    <message>
        <source>Who can unblock it: {who}</source>
        <translation>Qui peut le débloquer&#xa0;: {who}</translation>
    </message>
    <message>
        <source>{step} by {date}</source>
        <translation>{step} d’ici le {date}</translation>
    </message>
    <message>
        <source>next step: {step}</source>
        <translation>prochaine étape&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo “{what}”</source>
        <translation>&amp;Annuler «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo “{what}”</source>
        <translation>Ré&amp;tablir «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rétabli&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Rétablissement…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to secframe</source>
        <translation>Bienvenue dans secframe</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to secframe&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans secframe&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>secframe keeps the members, commitments, sessions and incidents of a collaborative security management framework. This database holds no framework yet:
{location}</source>
        <translation>secframe tient à jour les membres, les engagements, les sessions et les incidents d’un cadre de gestion concertée de la sécurité. Cette base ne contient encore aucun cadre&#xa0;:
{location}</translation>
    </message>
    <message>
        <source>&amp;Create a new framework</source>
        <translation>&amp;Créer un nouveau cadre</translation>
    </message>
    <message>
        <source>Open the e&amp;xample frameworks</source>
        <translation>Ouvrir les cadres d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file…</source>
        <translation>&amp;Ouvrir un fichier de base existant…</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database first…</source>
        <translation>&amp;Chiffrer d’abord cette base…</translation>
    </message>
    <message>
        <source>With a passphrase: a computer that is lost or seized then gives nothing away.</source>
        <translation>Avec une phrase secrète&#xa0;: un ordinateur perdu ou saisi ne livre alors rien.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Give its name and the regions it covers, then record its members.</source>
        <translation>Indiquez son nom et les régions qu’il couvre, puis enregistrez ses membres.</translation>
    </message>
    <message>
        <source>Timbuktu and Taoudéni, Gao, and two local dialogue forums, built from two public reports; amounts and incidents are illustrative.</source>
        <translation>Tombouctou et Taoudéni, Gao, et deux forums de dialogue locaux, tirés de deux rapports publics&#xa0;; les montants et les incidents sont illustratifs.</translation>
    </message>
    <message>
        <source>A secframe file copied from another computer or a backup.</source>
        <translation>Un fichier secframe copié d’un autre ordinateur, ou une sauvegarde.</translation>
    </message>
    <message>
        <source>Building the example frameworks…</source>
        <translation>Création des cadres d’exemple…</translation>
    </message>
    <message>
        <source>Example frameworks</source>
        <translation>Cadres d’exemple</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Something went wrong. The details were written to the log file:
{log}</source>
        <translation>Une erreur inattendue s’est produite. Les détails ont été écrits dans le journal&#xa0;:
{log}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>

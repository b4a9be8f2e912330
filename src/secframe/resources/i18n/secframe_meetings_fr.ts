<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Representative or name</source>
        <translation>Représentant ou nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>Add every &amp;member</source>
        <translation>Ajouter tous les &amp;membres</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>— not for a member —</source>
        <translation>— à titre personnel —</translation>
    </message>
    <message>
        <source>{people} present — women: {women}, men: {men}, not recorded: {unknown}</source>
        <translation>Présents&#xa0;: {people} — femmes&#xa0;: {women}, hommes&#xa0;: {men}, non renseigné&#xa0;: {unknown}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>… and {count} more in the tracker.</source>
        <translation>… et {count} autres dans le tableau de suivi.</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} ans</translation>
    </message>
    <message>
        <source>{n} years {m} months</source>
        <translation>{n} ans et {m} mois</translation>
    </message>
    <message>
        <source>Session n° {number} — {kind}</source>
        <translation>Session n°&#xa0;{number} — {kind}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Briefing note</source>
        <translation>Note de briefing</translation>
    </message>
    <message>
        <source>Situation on {date}, the date of the session; resource amounts are those known when this brief was produced.</source>
        <translation>Situation au {date}, date de la session&#xa0;; les montants des besoins sont ceux connus à l’édition de cette note.</translation>
    </message>
    <message>
        <source>Conclusions adopted: session locked on {date} by {user}.</source>
        <translation>Conclusions adoptées&#xa0;: session verrouillée le {date} par {user}.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>No previous session: this brief covers everything since the framework began, from {start} to {end}.</source>
        <translation>Aucune session précédente&#xa0;: cette note couvre toute la période depuis le début du cadre, du {start} au {end}.</translation>
    </message>
    <message>
        <source>Period covered: since session n° {number} of {date}, from {start} to {end}.</source>
        <translation>Période couverte&#xa0;: depuis la session n°&#xa0;{number} du {date}, du {start} au {end}.</translation>
    </message>
    <message>
        <source>active commitments</source>
        <translation>engagements en cours</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendus</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>réalisés</translation>
    </message>
    <message>
        <source>overdue (deadline passed)</source>
        <translation>en retard (échéance dépassée)</translation>
    </message>
    <message>
        <source>period before: {count}</source>
        <translation>période précédente&#xa0;: {count}</translation>
    </message>
    <message>
        <source>needed {needed} — received {received}</source>
        <translation>besoin&#xa0;: {needed} — reçu&#xa0;: {received}</translation>
    </message>
    <message>
        <source>planned: {planned}, abandoned: {abandoned}</source>
        <translation>prévus&#xa0;: {planned}, abandonnés&#xa0;: {abandoned}</translation>
    </message>
    <message>
        <source>total resource gap</source>
        <translation>besoins non couverts</translation>
    </message>
    <message>
        <source>incidents since the last session</source>
        <translation>incidents depuis la dernière session</translation>
    </message>
    <message>
        <source>commitments in all</source>
        <translation>engagements au total</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>What changed since the last session</source>
        <translation>Ce qui a changé depuis la dernière session</translation>
    </message>
    <message>
        <source>Status changes: {changes}{detail}. Deadline revisions: {revisions}. New commitments: {new}.</source>
        <translation>Changements de statut&#xa0;: {changes}{detail}. Reports d’échéance&#xa0;: {revisions}. Nouveaux engagements&#xa0;: {new}.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Cause and reason</source>
        <translation>Cause et motif</translation>
    </message>
    <message>
        <source>Deadline revisions</source>
        <translation>Reports d’échéance</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>New commitments</source>
        <translation>Nouveaux engagements</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Blocked and suspended commitments</source>
        <translation>Engagements bloqués ou suspendus</translation>
    </message>
    <message>
        <source>No commitment is blocked or suspended.</source>
        <translation>Aucun engagement n’est bloqué ni suspendu.</translation>
    </message>
    <message>
        <source>Blocked or suspended commitments: {count}. Closing their resource gap, {gap}, would allow them to restart.</source>
        <translation>Engagements bloqués ou suspendus&#xa0;: {count}. Financer leurs besoins non couverts, soit {gap}, permettrait de les relancer.</translation>
    </message>
    <message>
        <source>Blocked or suspended commitments: {count}. No resource gap is recorded for them.</source>
        <translation>Engagements bloqués ou suspendus&#xa0;: {count}. Aucun besoin non couvert n’est enregistré pour eux.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>no need recorded</source>
        <translation>besoin non chiffré</translation>
    </message>
    <message>
        <source>Commitment (lead)</source>
        <translation>Engagement (chef de file)</translation>
    </message>
    <message>
        <source>Status, cause and reason</source>
        <translation>Statut, cause et motif</translation>
    </message>
    <message>
        <source>Blocked since</source>
        <translation>Bloqué depuis</translation>
    </message>
    <message>
        <source>Gap (FCFA)</source>
        <translation>Écart (FCFA)</translation>
    </message>
    <message>
        <source>Resource gaps (FCFA)</source>
        <translation>Besoins non couverts (FCFA)</translation>
    </message>
    <message>
        <source>No resource need is recorded.</source>
        <translation>Aucun besoin en ressources n’est enregistré.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Besoin</translation>
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
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Other commitments</source>
        <translation>Autres engagements</translation>
    </message>
    <message>
        <source>By commitment</source>
        <translation>Par engagement</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Incidents since the last session</source>
        <translation>Incidents depuis la dernière session</translation>
    </message>
    <message>
        <source>Incidents from {start} to {end}: {recent}, against {previous} in the period of the same length before (from {before_start} to {before_end}).</source>
        <translation>Incidents du {start} au {end}&#xa0;: {recent}, contre {previous} sur la période de même durée qui précède (du {before_start} au {before_end}).</translation>
    </message>
    <message>
        <source>Session n° {number} of {date} — participants: {people} (women: {women}, men: {men}, not recorded: {unknown}).</source>
        <translation>Session n°&#xa0;{number} du {date} — participants&#xa0;: {people} (femmes&#xa0;: {women}, hommes&#xa0;: {men}, non renseigné&#xa0;: {unknown}).</translation>
    </message>
    <message>
        <source>… and {count} others</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>No incident recorded in this period.</source>
        <translation>Aucun incident enregistré sur cette période.</translation>
    </message>
    <message>
        <source>“Before”: the period of the same length before the last session. An incident on an axis is also counted in its cercle.</source>
        <translation>«&#xa0;Avant&#xa0;»&#xa0;: la période de même durée précédant la dernière session. Un incident sur un axe est aussi compté dans son cercle.</translation>
    </message>
    <message>
        <source>Decisions expected and previous attendance</source>
        <translation>Décisions attendues et participation à la session précédente</translation>
    </message>
    <message>
        <source>Decisions expected from this session</source>
        <translation>Décisions attendues de cette session</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>No agenda item is recorded for this session.</source>
        <translation>Aucun point n’est inscrit à l’ordre du jour de cette session.</translation>
    </message>
    <message>
        <source>Attendance at the previous session</source>
        <translation>Participation à la session précédente</translation>
    </message>
    <message>
        <source>This is the first session of the framework.</source>
        <translation>Il s’agit de la première session du cadre.</translation>
    </message>
    <message>
        <source>Members present ({count}):</source>
        <translation>Membres présents ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Members absent ({count}):</source>
        <translation>Membres absents ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>{framework} — Briefing note — session n° {number} of {date}</source>
        <translation>{framework} — Note de briefing — session n°&#xa0;{number} du {date}</translation>
    </message>
    <message>
        <source>Produced on {date} at {time} with secframe</source>
        <translation>Édité le {date} à {time} avec secframe</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Tracé du graphique…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Brief of session n° {number} — print preview</source>
        <translation>Note de briefing de la session n°&#xa0;{number} — aperçu avant impression</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the brief as a PDF file</source>
        <translation>Enregistrer la note de briefing dans un fichier PDF</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Copie expurgée</translation>
    </message>
    <message>
        <source>Replace every person the database knows (by their role), phone number and e-mail address: a copy to share beyond the framework</source>
        <translation>Remplacer toute personne connue de la base (par son rôle), tout numéro de téléphone et toute adresse électronique&#xa0;: une copie à diffuser hors du cadre</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>This framework has no session yet: create the session the brief is for.</source>
        <translation>Ce cadre n’a encore aucune session&#xa0;: créez d’abord la session pour laquelle la note est préparée.</translation>
    </message>
    <message>
        <source>Commitments…</source>
        <translation>Engagements…</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation>Incidents…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Participation…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>write the governor&apos;s brief of a session as a PDF (A4, in French unless --lang en); works without a display</source>
        <translation>écrire la note de briefing d’une session pour le gouverneur en PDF (A4, en français sauf --lang en)&#xa0;; fonctionne sans écran</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>the session number (default: the latest session)</source>
        <translation>le numéro de la session (par défaut&#xa0;: la dernière session)</translation>
    </message>
    <message>
        <source>replace every person the database knows (by their role), phone number and e-mail address, for sharing beyond the framework</source>
        <translation>remplacer toute personne connue de la base (par son rôle), tout numéro de téléphone et toute adresse électronique, pour diffuser hors du cadre</translation>
    </message>
    <message>
        <source>Brief of session n° {number} of {framework} written to {path} ({pages} pages).</source>
        <translation>Note de briefing de la session n°&#xa0;{number} ({framework}) enregistrée dans {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision — session n° {number}</source>
        <translation>Décision — session n°&#xa0;{number}</translation>
    </message>
    <message>
        <source>What the session decided</source>
        <translation>Ce que la session a décidé</translation>
    </message>
    <message>
        <source>Record the decision only</source>
        <translation>Enregistrer seulement la décision</translation>
    </message>
    <message>
        <source>Create a new commitment from it</source>
        <translation>En faire un nouvel engagement</translation>
    </message>
    <message>
        <source>It concerns existing commitments</source>
        <translation>Elle concerne des engagements existants</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Lead member</source>
        <translation>&amp;Chef de file</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Filter commitments</source>
        <translation>Filtrer les engagements</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>&amp;Add a decision…</source>
        <translation>&amp;Ajouter une décision…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>{effect}: {title}</source>
        <translation>{effect}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation>Aucune session n’est sélectionnée.</translation>
    </message>
    <message>
        <source>No decision was recorded at this session.</source>
        <translation>Aucune décision n’a été enregistrée à cette session.</translation>
    </message>
    <message>
        <source>No decision recorded for this session yet. Use “Add a decision…” for each decision taken; a decision can create a commitment or change one.</source>
        <translation>Aucune décision enregistrée pour cette session. Utilisez «&#xa0;Ajouter une décision…&#xa0;» pour chaque décision prise&#xa0;; une décision peut créer un engagement ou en modifier un.</translation>
    </message>
    <message>
        <source>Delete a decision</source>
        <translation>Supprimer une décision</translation>
    </message>
    <message>
        <source>Delete decision {number}? The commitments it created stay in the tracker.</source>
        <translation>Supprimer la décision {number}&#xa0;? Les engagements qu’elle a créés restent dans le tableau de suivi.</translation>
    </message>
</context>
<context>
    <name>MeetingTables</name>
    <message>
        <source>Adopted</source>
        <translation>Adoptées</translation>
    </message>
    <message>
        <source>To adopt</source>
        <translation>À adopter</translation>
    </message>
    <message>
        <source>Conclusions adopted at a later session: the session is locked (read-only)</source>
        <translation>Conclusions adoptées à une session suivante&#xa0;: la session est verrouillée (lecture seule)</translation>
    </message>
    <message>
        <source>Conclusions not adopted yet: the session can still be changed</source>
        <translation>Conclusions pas encore adoptées&#xa0;: la session peut encore être modifiée</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>dépassée</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MeetingsMenu</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Review open commitments</source>
        <translation>&amp;Revue des engagements ouverts</translation>
    </message>
    <message>
        <source>&amp;Adopt previous conclusions…</source>
        <translation>&amp;Adopter les conclusions précédentes…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimer la note de briefing…</translation>
    </message>
    <message>
        <source>Save brief as P&amp;DF…</source>
        <translation>Enregistrer la note de briefing en P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Session and attendance</source>
        <translation>Session et participation</translation>
    </message>
    <message>
        <source>Review of open commitments</source>
        <translation>Revue des engagements ouverts</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Adopt previous conclusions…</source>
        <translation>Adopter les conclusions &amp;précédentes…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimer la note de briefing…</translation>
    </message>
    <message>
        <source>Brief as P&amp;DF…</source>
        <translation>Note de briefing en P&amp;DF…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>No session recorded for this framework yet: “New session” records the first one, with its agenda and who attended.</source>
        <translation>Aucune session enregistrée pour ce cadre&#xa0;: «&#xa0;Nouvelle session&#xa0;» enregistre la première, avec son ordre du jour et les présents.</translation>
    </message>
    <message>
        <source>Locked: the conclusions of this session were adopted at session n° {number}; locked on {when} by {user}. It can still be printed and saved as PDF.</source>
        <translation>Verrouillée&#xa0;: les conclusions de cette session ont été adoptées à la session n°&#xa0;{number}&#xa0;; verrouillée le {when} par {user}. Elle peut toujours être imprimée et enregistrée en PDF.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <source>Session n° {number} has unsaved changes.</source>
        <translation>La session n°&#xa0;{number} a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation>Supprimer une session</translation>
    </message>
    <message>
        <source>Delete session n° {number} of {date} with its attendance, decisions and review? Commitments and their history stay.</source>
        <translation>Supprimer la session n°&#xa0;{number} du {date} avec sa participation, ses décisions et sa revue&#xa0;? Les engagements et leur historique sont conservés.</translation>
    </message>
    <message>
        <source>Adopt previous conclusions</source>
        <translation>Adopter les conclusions précédentes</translation>
    </message>
    <message>
        <source>Session n° {number} is the first one: there is nothing to adopt.</source>
        <translation>La session n°&#xa0;{number} est la première&#xa0;: il n’y a rien à adopter.</translation>
    </message>
    <message>
        <source>Adopt the conclusions of session n° {previous} at session n° {number}? Session n° {previous} will become read-only: its attendance, decisions and review can no longer be changed.</source>
        <translation>Adopter les conclusions de la session n°&#xa0;{previous} lors de la session n°&#xa0;{number}&#xa0;? La session n°&#xa0;{previous} passera en lecture seule&#xa0;: sa participation, ses décisions et sa revue ne pourront plus être modifiées.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Enregistrer la note de briefing en PDF</translation>
    </message>
    <message>
        <source>Saving the brief</source>
        <translation>Enregistrement de la note de briefing</translation>
    </message>
    <message>
        <source>Brief saved to {path}</source>
        <translation>Note de briefing enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Preparing the brief</source>
        <translation>Préparation de la note de briefing</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Session n° {number} of {date}</source>
        <translation>Session n°&#xa0;{number} du {date}</translation>
    </message>
    <message>
        <source>A session reviews only the commitments of its own framework.</source>
        <translation>Une session ne passe en revue que les engagements de son propre cadre.</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Choisissez le nouveau statut.</translation>
    </message>
    <message>
        <source>This session already recorded a change for this commitment; it cannot be marked “no change”. Record a new status change to correct it.</source>
        <translation>Cette session a déjà enregistré un changement pour cet engagement&#xa0;; il ne peut pas être marqué «&#xa0;sans changement&#xa0;». Enregistrez un nouveau changement de statut pour le corriger.</translation>
    </message>
    <message>
        <source>A status change or a deadline revision stays in the commitment&apos;s history; record a new one to correct it.</source>
        <translation>Un changement de statut ou un report d’échéance reste dans l’historique de l’engagement&#xa0;; enregistrez-en un nouveau pour le corriger.</translation>
    </message>
    <message>
        <source>There is no earlier session whose conclusions could be adopted.</source>
        <translation>Il n’y a pas de session antérieure dont les conclusions pourraient être adoptées.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review — session n° {number}</source>
        <translation>Revue — session n°&#xa0;{number}</translation>
    </message>
    <message>
        <source>{status} since {since} — deadline: {deadline} — gap: {gap}</source>
        <translation>{status} depuis le {since} — échéance&#xa0;: {deadline} — écart&#xa0;: {gap}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Note (optional except for “Note”)</source>
        <translation>Note (facultative sauf pour «&#xa0;Note&#xa0;»)</translation>
    </message>
    <message>
        <source>Already recorded in this session: {what}</source>
        <translation>Déjà enregistré dans cette session&#xa0;: {what}</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>Nouveau &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Changed &amp;on</source>
        <translation>&amp;Date du changement</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>Nouvelle é&amp;chéance</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>All open commitments</source>
        <translation>Tous les engagements ouverts</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Pas encore examinés</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Record a status change, a deadline revision or a note for this commitment</source>
        <translation>Enregistrer un changement de statut, un report d’échéance ou une note pour cet engagement</translation>
    </message>
    <message>
        <source>&amp;No change</source>
        <translation>&amp;Sans changement</translation>
    </message>
    <message>
        <source>Record “no change” for the selected commitments</source>
        <translation>Enregistrer «&#xa0;sans changement&#xa0;» pour les engagements sélectionnés</translation>
    </message>
    <message>
        <source>Mark the &amp;rest unchanged</source>
        <translation>Marquer le &amp;reste «&#xa0;sans changement&#xa0;»</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Remettre à e&amp;xaminer</translation>
    </message>
    <message>
        <source>Take the selected commitments back to “to review”</source>
        <translation>Effacer ce qui a été enregistré pour les engagements sélectionnés&#xa0;: ils sont de nouveau «&#xa0;à examiner&#xa0;»</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewed: {done} of {total}</source>
        <translation>Examinés&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sans changement</translation>
    </message>
    <message>
        <source>Mark the rest unchanged</source>
        <translation>Marquer le reste «&#xa0;sans changement&#xa0;»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Remettre à examiner</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>One item per line: the decisions expected from this session.</source>
        <translation>Un point par ligne&#xa0;: les décisions attendues de cette session.</translation>
    </message>
    <message>
        <source>Session n°</source>
        <translation>Session n°</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>&amp;Présidence</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
</TS>

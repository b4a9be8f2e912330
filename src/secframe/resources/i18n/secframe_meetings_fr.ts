<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Follow-up action — decision {number}</source>
        <translation>Action de suivi — décision {number}</translation>
    </message>
    <message>
        <source>New follow-up action — decision {number}</source>
        <translation>Nouvelle action de suivi — décision {number}</translation>
    </message>
    <message>
        <source>e.g. Write to the military authorities in Bamako</source>
        <translation>p. ex. écrire aux autorités militaires à Bamako</translation>
    </message>
    <message>
        <source>a member, a person or an office, e.g. Secretariat</source>
        <translation>un membre, une personne ou un service, p. ex. Secrétariat</translation>
    </message>
    <message>
        <source>The session is locked: what was decided stays as it is; record where the action stands.</source>
        <translation>La session est verrouillée&#xa0;: ce qui a été décidé reste tel quel&#xa0;; notez où en est l’action.</translation>
    </message>
    <message>
        <source>&amp;Action (required)</source>
        <translation>&amp;Action (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Pour le</translation>
    </message>
    <message>
        <source>Where it s&amp;tands</source>
        <translation>&amp;Où en est-elle</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où en est-elle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add an ac&amp;tion…</source>
        <translation>Ajouter une ac&amp;tion…</translation>
    </message>
    <message>
        <source>Change the acti&amp;on…</source>
        <translation>Modifier l’acti&amp;on…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer réalisée</translation>
    </message>
    <message>
        <source>Mark dropped</source>
        <translation>Marquer abandonnée</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Select a decision to see its follow-up actions.</source>
        <translation>Choisissez une décision pour voir ses actions de suivi.</translation>
    </message>
    <message>
        <source>Decision {number}: no follow-up action yet.</source>
        <translation>Décision {number}&#xa0;: pas encore d’action de suivi.</translation>
    </message>
    <message>
        <source>Follow-up actions of decision {number}</source>
        <translation>Actions de suivi de la décision {number}</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} le {date}</translation>
    </message>
    <message>
        <source>{status} — late</source>
        <translation>{status} — en retard</translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation>Marquer l’action réalisée</translation>
    </message>
    <message>
        <source>Mark the action dropped</source>
        <translation>Marquer l’action abandonnée</translation>
    </message>
    <message>
        <source>Delete a follow-up action</source>
        <translation>Supprimer une action de suivi</translation>
    </message>
    <message>
        <source>Delete the action “{what}”?</source>
        <translation>Supprimer l’action «&#xa0;{what}&#xa0;»&#xa0;?</translation>
    </message>
</context>
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
        <source>Minutes of the session</source>
        <translation>Compte rendu de session</translation>
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
        <source>Conclusions adopted at session n° {number}; these minutes are final.</source>
        <translation>Conclusions adoptées à la session n°&#xa0;{number}&#xa0;; le présent compte rendu est définitif.</translation>
    </message>
    <message>
        <source>Draft: the conclusions are not adopted yet.</source>
        <translation>Projet&#xa0;: les conclusions ne sont pas encore adoptées.</translation>
    </message>
    <message>
        <source>Example data: the facts come from the public sources (HD, International Alert); the dates and attendance of sessions and the follow-up actions are illustrative.</source>
        <translation>Données d’exemple&#xa0;: les faits proviennent des sources publiques (HD, International Alert)&#xa0;; les dates et la participation des sessions ainsi que les actions de suivi sont illustratives.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>{count} participant</source>
        <translation>{count} participant</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>women: {women}, men: {men}, not recorded: {unknown}</source>
        <translation>femmes&#xa0;: {women}, hommes&#xa0;: {men}, non renseigné&#xa0;: {unknown}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Review of the open commitments</source>
        <translation>Revue des engagements ouverts</translation>
    </message>
    <message>
        <source>The session recorded no review of commitments.</source>
        <translation>La session n’a enregistré aucune revue d’engagement.</translation>
    </message>
    <message>
        <source>What the session recorded</source>
        <translation>Ce que la session a constaté</translation>
    </message>
    <message>
        <source>{count} open commitment was not reviewed:</source>
        <translation>{count} engagement ouvert n’a pas été examiné&#xa0;:</translation>
    </message>
    <message>
        <source>{count} open commitments were not reviewed:</source>
        <translation>{count} engagements ouverts n’ont pas été examinés&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decision was recorded at this session.</source>
        <translation>Aucune décision n’a été enregistrée à cette session.</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine session</translation>
    </message>
    <message>
        <source>The date of the next session is not set yet.</source>
        <translation>La date de la prochaine session n’est pas encore fixée.</translation>
    </message>
    <message>
        <source>Session n° {number} on {date}.</source>
        <translation>Session n°&#xa0;{number} le {date}.</translation>
    </message>
    <message>
        <source>Governorate of the region of {regions}</source>
        <translation>Gouvernorat de la région de {regions}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>Governorates of the regions of {regions}</source>
        <translation>Gouvernorats des régions de {regions}</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Gouvernorat</translation>
    </message>
    <message>
        <source>Secretariat of the {framework}</source>
        <translation>Secrétariat du {framework}</translation>
    </message>
    <message>
        <source>Information note</source>
        <translation>Note d’information</translation>
    </message>
    <message>
        <source>for the attention of the Governor</source>
        <translation>à l’attention de Monsieur le Gouverneur</translation>
    </message>
    <message>
        <source>preparation of session n° {number} ({kind}) of {date}, {place}{chair}.</source>
        <translation>préparation de la session n°&#xa0;{number} ({kind}) du {date}, {place}{chair}.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Figures as they stood on {date}, frozen when the conclusions of this session were adopted ({when}, {who}).</source>
        <translation>Chiffres arrêtés au {date}, figés lors de l’adoption des conclusions de cette session ({when}, {who}).</translation>
    </message>
    <message>
        <source>Statuses and deadlines as they stood on {date}, the date of the session. The conclusions of this session were adopted, but its frozen figures could not be read (an older version of secframe): amounts are today&apos;s, {today}.</source>
        <translation>Statuts et échéances au {date}, date de la session. Les conclusions de cette session ont été adoptées, mais ses chiffres figés n’ont pas pu être relus (version antérieure de secframe)&#xa0;: les montants sont ceux du {today}.</translation>
    </message>
    <message>
        <source>Statuses and deadlines as they stood on {date}, the date of the session. The conclusions of this session have not been adopted, so its figures were not frozen: amounts (needs, pledges, receipts) are today&apos;s, {today}.</source>
        <translation>Statuts et échéances au {date}, date de la session. Les conclusions de cette session n’ayant pas été adoptées, ses chiffres n’ont pas été figés&#xa0;: les montants (besoins, promesses, reçus) sont ceux du {today}.</translation>
    </message>
    <message>
        <source>Example data: the facts come from the public sources (HD, International Alert); amounts, incidents, the dates and attendance of sessions, decision points and follow-up actions are illustrative.</source>
        <translation>Données d’exemple&#xa0;: les faits proviennent des sources publiques (HD, International Alert)&#xa0;; les montants, les incidents, les dates et la participation des sessions, les points de décision et les actions de suivi sont illustratifs.</translation>
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
        <source>reste à financer (open commitments)</source>
        <translation>reste à financer (engagements ouverts)</translation>
    </message>
    <message>
        <source>Agenda and previous attendance</source>
        <translation>Ordre du jour et participation à la session précédente</translation>
    </message>
    <message>
        <source>Agenda of this session</source>
        <translation>Ordre du jour de la session</translation>
    </message>
    <message>
        <source>incidents since the last session</source>
        <translation>incidents depuis la dernière session</translation>
    </message>
    <message>
        <source>chair: {chair}</source>
        <translation>présidence&#xa0;: {chair}</translation>
    </message>
    <message>
        <source>incidents since the framework began</source>
        <translation>incidents depuis la création du cadre</translation>
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
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Dernier relevé</translation>
    </message>
    <message>
        <source>Results counted</source>
        <translation>Résultats chiffrés</translation>
    </message>
    <message>
        <source>No result was counted in this period.</source>
        <translation>Aucun résultat chiffré n’a été enregistré sur la période.</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>{count} commitment is stopped for lack of resources: financing its « reste à financer », {gap}, would allow it to restart.</source>
        <translation>{count} engagement est arrêté faute de moyens&#xa0;: financer son reste à financer, soit {gap}, permettrait de le relancer.</translation>
    </message>
    <message>
        <source>{count} commitments are stopped for lack of resources: financing their « reste à financer », {gap}, would allow them to restart.</source>
        <translation>{count} engagements sont arrêtés faute de moyens&#xa0;: financer leur reste à financer, soit {gap}, permettrait de les relancer.</translation>
    </message>
    <message>
        <source>{count} commitment is stopped by the security situation: it needs a redeployment of the forces, which money alone will not bring.</source>
        <translation>{count} engagement est arrêté par la situation sécuritaire&#xa0;: sa reprise suppose un redéploiement des forces, qu’un financement seul n’apportera pas.</translation>
    </message>
    <message>
        <source>{count} commitments are stopped by the security situation: they need a redeployment of the forces, which money alone will not bring.</source>
        <translation>{count} engagements sont arrêtés par la situation sécuritaire&#xa0;: leur reprise suppose un redéploiement des forces, qu’un financement seul n’apportera pas.</translation>
    </message>
    <message>
        <source>{count} commitment is blocked for political reasons: it needs mediation with the parties concerned.</source>
        <translation>{count} engagement est bloqué pour des raisons politiques&#xa0;: il appelle une médiation auprès des parties concernées.</translation>
    </message>
    <message>
        <source>{count} commitments are blocked for political reasons: they need mediation with the parties concerned.</source>
        <translation>{count} engagements sont bloqués pour des raisons politiques&#xa0;: ils appellent une médiation auprès des parties concernées.</translation>
    </message>
    <message>
        <source>{count} other commitment is blocked: to be referred to whoever can unblock it.</source>
        <translation>{count} autre engagement est bloqué&#xa0;: à porter devant l’autorité qui peut le débloquer.</translation>
    </message>
    <message>
        <source>{count} other commitments are blocked: to be referred to whoever can unblock them.</source>
        <translation>{count} autres engagements sont bloqués&#xa0;: à porter devant l’autorité qui peut les débloquer.</translation>
    </message>
    <message>
        <source>{count} point is submitted to your decision: {titles}.</source>
        <translation>{count} point est soumis à votre décision&#xa0;: {titles}.</translation>
    </message>
    <message>
        <source>{count} points are submitted to your decision: {titles}.</source>
        <translation>{count} points sont soumis à votre décision&#xa0;: {titles}.</translation>
    </message>
    <message>
        <source>{count} commitment is blocked.</source>
        <translation>{count} engagement est bloqué.</translation>
    </message>
    <message>
        <source>{count} commitments are blocked.</source>
        <translation>{count} engagements sont bloqués.</translation>
    </message>
    <message>
        <source>{count} action decided</source>
        <translation>{count} action décidée</translation>
    </message>
    <message>
        <source>{count} actions decided</source>
        <translation>{count} actions décidées</translation>
    </message>
    <message>
        <source>Follow-up of session n° {number}: {actions}; {done}, {late}.</source>
        <translation>Suivi de la session n°&#xa0;{number}&#xa0;: {actions}, dont {done} et {late}.</translation>
    </message>
    <message>
        <source>{count} action done</source>
        <translation>{count} réalisée</translation>
    </message>
    <message>
        <source>{count} actions done</source>
        <translation>{count} réalisées</translation>
    </message>
    <message>
        <source>{count} action late</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>{count} actions late</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>« Reste à financer » of the open commitments: {gap}, of which {awaited} pledged but not received (to claim from the funders) and {uncovered} not covered (to find).</source>
        <translation>Reste à financer des engagements ouverts&#xa0;: {gap}, dont {awaited} promis, non reçus (à réclamer aux bailleurs) et {uncovered} non couverts (à trouver).</translation>
    </message>
    <message>
        <source>{count} incident recorded</source>
        <translation>{count} incident enregistré</translation>
    </message>
    <message>
        <source>{count} incidents recorded</source>
        <translation>{count} incidents enregistrés</translation>
    </message>
    <message>
        <source>{recent} since the framework began ({start}).</source>
        <translation>{recent} depuis la création du cadre ({start}).</translation>
    </message>
    <message>
        <source>{recent} since session n° {number}.</source>
        <translation>{recent} depuis la session n°&#xa0;{number}.</translation>
    </message>
    <message>
        <source>{recent} since session n° {number}, against {previous} in the period of the same length before.</source>
        <translation>{recent} depuis la session n°&#xa0;{number}, contre {previous} sur la période de même durée qui a précédé.</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Points submitted to the Governor&apos;s decision</source>
        <translation>Points soumis à la décision de M.&#xa0;le Gouverneur</translation>
    </message>
    <message>
        <source>No decision point was prepared for this session.</source>
        <translation>Aucun point de décision n’a été préparé pour cette session.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Recommendation of the secretariat</source>
        <translation>Recommandation du secrétariat</translation>
    </message>
    <message>
        <source>Action asked of the Governor</source>
        <translation>Action demandée à M.&#xa0;le Gouverneur</translation>
    </message>
    <message>
        <source>Commitment concerned</source>
        <translation>Engagement concerné</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>{count} blocked commitment has no decision point:</source>
        <translation>{count} engagement bloqué n’a pas de point de décision&#xa0;:</translation>
    </message>
    <message>
        <source>{count} blocked commitments have no decision point:</source>
        <translation>{count} engagements bloqués n’ont pas de point de décision&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up of the previous session</source>
        <translation>Suivi de la session précédente</translation>
    </message>
    <message>
        <source>Decisions of session n° {number} of {date}</source>
        <translation>Décisions de la session n°&#xa0;{number} du {date}</translation>
    </message>
    <message>
        <source>No decision was recorded at that session.</source>
        <translation>Aucune décision n’a été enregistrée à cette session.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>no follow-up action recorded</source>
        <translation>aucune action de suivi enregistrée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation>Qui, pour quand</translation>
    </message>
    <message>
        <source>Key figures against the previous session</source>
        <translation>Chiffres clés comparés à la session précédente</translation>
    </message>
    <message>
        <source>Active commitments</source>
        <translation>Engagements en cours</translation>
    </message>
    <message>
        <source>Suspended commitments</source>
        <translation>Engagements suspendus</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <source>« Reste à financer » (FCFA)</source>
        <translation>Reste à financer (FCFA)</translation>
    </message>
    <message>
        <source>Incidents in the period covered</source>
        <translation>Incidents sur la période couverte</translation>
    </message>
    <message>
        <source>Session n° {number}</source>
        <translation>Session n°&#xa0;{number}</translation>
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
        <source>Since, cause and reason</source>
        <translation>Depuis, cause et motif</translation>
    </message>
    <message>
        <source>Who can unblock it</source>
        <translation>Qui peut débloquer</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Reste à financer (FCFA)</source>
        <translation>Reste à financer (FCFA)</translation>
    </message>
    <message>
        <source>New commitments</source>
        <translation>Nouveaux engagements</translation>
    </message>
    <message>
        <source>to be identified</source>
        <translation>à identifier</translation>
    </message>
    <message>
        <source>Reste à financer</source>
        <translation>Reste à financer</translation>
    </message>
    <message>
        <source>“Before”: the period of the same length before the last session.</source>
        <translation>«&#xa0;Avant&#xa0;»&#xa0;: la période de même durée précédant la dernière session.</translation>
    </message>
    <message>
        <source>The two halves of the table do not add up: an incident on an axis is also counted in its cercle.</source>
        <translation>Les deux moitiés du tableau ne s’additionnent pas&#xa0;: un incident sur un axe est aussi compté dans son cercle.</translation>
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
        <source>no need recorded</source>
        <translation>besoin non chiffré</translation>
    </message>
    <message>
        <source>Commitment (lead)</source>
        <translation>Engagement (chef de file)</translation>
    </message>
    <message>
        <source>No resource need is recorded.</source>
        <translation>Aucun besoin en ressources n’est enregistré.</translation>
    </message>
    <message>
        <source>Open commitments only. Of the {gap} still to find, {awaited} are pledged but not received (to claim from the funders) and {uncovered} are not covered by anyone.</source>
        <translation>Engagements ouverts seulement. Sur les {gap} restant à financer, {awaited} sont promis, non reçus (à réclamer aux bailleurs) et {uncovered} ne sont couverts par personne.</translation>
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
        <source>Incidents from {start} to {end}: {recent}. No comparison with an earlier period: the framework did not exist yet.</source>
        <translation>Incidents du {start} au {end}&#xa0;: {recent}. Pas de comparaison avec une période antérieure&#xa0;: le cadre n’existait pas encore.</translation>
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
        <source>{framework} — Information note — session n° {number} of {date}</source>
        <translation>{framework} — Note d’information — session n°&#xa0;{number} du {date}</translation>
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
    <message>
        <source>Writing the Word document…</source>
        <translation>Écriture du document Word…</translation>
    </message>
    <message>
        <source>{framework} — Minutes — session n° {number} of {date}</source>
        <translation>{framework} — Compte rendu — session n°&#xa0;{number} du {date}</translation>
    </message>
    <message>
        <source>Gathering the minutes…</source>
        <translation>Préparation du compte rendu…</translation>
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
        <source>Save as Word…</source>
        <translation>Enregistrer en Word…</translation>
    </message>
    <message>
        <source>Save the brief as a Word document, to adjust its wording</source>
        <translation>Enregistrer la note en document Word, pour en retoucher la rédaction</translation>
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
        <source>pdf (to print) or docx (to edit in Word or LibreOffice); default: from the file&apos;s extension, else pdf</source>
        <translation>pdf (pour imprimer) ou docx (pour retoucher dans Word ou LibreOffice)&#xa0;; par défaut&#xa0;: d’après l’extension du fichier, sinon pdf</translation>
    </message>
    <message>
        <source>the session number (default: the latest session)</source>
        <translation>le numéro de la session (par défaut&#xa0;: la dernière session)</translation>
    </message>
    <message>
        <source>write the governor&apos;s brief of a session as a PDF or Word file (A4, in French unless --lang en); works without a display</source>
        <translation>écrire la note d’information au Gouverneur pour une session, en PDF ou en Word (A4, en français sauf --lang en)&#xa0;; fonctionne sans écran</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>({count} page)</source>
        <translation>({count} page)</translation>
    </message>
    <message>
        <source>({count} pages)</source>
        <translation>({count} pages)</translation>
    </message>
    <message>
        <source>Brief of session n° {number} of {framework} written to {path}.</source>
        <translation>Note d’information de la session n°&#xa0;{number} ({framework}) enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Minutes of session n° {number} of {framework} written to {path}.</source>
        <translation>Compte rendu de la session n°&#xa0;{number} ({framework}) enregistré dans {path}.</translation>
    </message>
    <message>
        <source>replace every person the database knows (by their role), phone number and e-mail address, for sharing beyond the framework</source>
        <translation>remplacer toute personne connue de la base (par son rôle), tout numéro de téléphone et toute adresse électronique, pour diffuser hors du cadre</translation>
    </message>
    <message>
        <source>write the minutes of a session (attendance, agenda, review, decisions with who and by when) as a PDF or Word file; works without a display</source>
        <translation>écrire le compte rendu d’une session (participation, ordre du jour, revue, décisions avec qui et pour quand) en PDF ou en Word&#xa0;; fonctionne sans écran</translation>
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
        <source>Delete the dec&amp;ision</source>
        <translation>Supprimer la &amp;décision</translation>
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
        <source>Its follow-up action is deleted with it.</source>
        <translation>Son action de suivi est supprimée avec elle.</translation>
    </message>
    <message>
        <source>Its {count} follow-up actions are deleted with it.</source>
        <translation>Ses {count} actions de suivi sont supprimées avec elle.</translation>
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
    <name>ListDocument</name>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Printed on {date} with secframe</source>
        <translation>Imprimé le {date} avec secframe</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
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
        <source>Points for deci&amp;sion…</source>
        <translation>Points soumis à la déci&amp;sion…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimer la note de briefing…</translation>
    </message>
    <message>
        <source>Save brief as P&amp;DF…</source>
        <translation>Enregistrer la note de briefing en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>&amp;Compte rendu…</translation>
    </message>
    <message>
        <source>Minutes, redacted cop&amp;y…</source>
        <translation>Compte rendu e&amp;xpurgé…</translation>
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
        <translation>Ann&amp;uler les modifications</translation>
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
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimer la note de briefing…</translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation>Nou&amp;velle session</translation>
    </message>
    <message>
        <source>Adopt previous &amp;conclusions…</source>
        <translation>Adopter les conclusions &amp;précédentes…</translation>
    </message>
    <message>
        <source>Brief as PD&amp;F…</source>
        <translation>Note de briefing en PD&amp;F…</translation>
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
        <source>{count} session</source>
        <translation>{count} session</translation>
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
        <source>Points for decision</source>
        <translation>Points soumis à la décision</translation>
    </message>
    <message>
        <source>This session is locked: its points for decision can no longer change.</source>
        <translation>Cette session est verrouillée&#xa0;: ses points soumis à la décision ne peuvent plus changer.</translation>
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
    <name>PreparationDialog</name>
    <message>
        <source>Points for the Governor&apos;s decision</source>
        <translation>Points soumis à la décision de M.&#xa0;le Gouverneur</translation>
    </message>
    <message>
        <source>One row per point. Separate the options with « / ». The brief prints them under « Points submitted to the Governor&apos;s decision ».</source>
        <translation>Une ligne par point. Séparez les options par «&#xa0;/&#xa0;». La note d’information les imprime sous «&#xa0;Points soumis à la décision de M.&#xa0;le Gouverneur&#xa0;».</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Action asked of the Governor</source>
        <translation>Action demandée à M.&#xa0;le Gouverneur</translation>
    </message>
    <message>
        <source>Commitment concerned</source>
        <translation>Engagement concerné</translation>
    </message>
    <message>
        <source>&amp;Add a point</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>&amp;Remove the point</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <source>Save a redacted copy of the minutes</source>
        <translation>Enregistrer une copie expurgée du compte rendu</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>Writing the minutes</source>
        <translation>Écriture du compte rendu</translation>
    </message>
    <message>
        <source>Minutes saved to {path}</source>
        <translation>Compte rendu enregistré dans {path}</translation>
    </message>
    <message>
        <source>Save the brief as Word</source>
        <translation>Enregistrer la note en Word</translation>
    </message>
    <message>
        <source>Writing the brief</source>
        <translation>Écriture de la note</translation>
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
        <source>New &amp;status (required)</source>
        <translation>Nouveau &amp;statut (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Cause (required)</source>
        <translation>&amp;Cause (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
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
        <translation>Sans c&amp;hangement</translation>
    </message>
    <message>
        <source>Record “no change” for the selected commitments</source>
        <translation>Enregistrer «&#xa0;sans changement&#xa0;» pour les engagements sélectionnés</translation>
    </message>
    <message>
        <source>Mark the rest &amp;unchanged</source>
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
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Présiden&amp;ce</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Enregistrer en image PNG…</translation>
    </message>
    <message>
        <source>Save as SVG image…</source>
        <translation>Enregistrer en image SVG…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Chargement du graphique…</translation>
    </message>
    <message>
        <source>Right-click to save or copy this chart.</source>
        <translation>Clic droit pour enregistrer ou copier ce graphique.</translation>
    </message>
</context>
<context>
    <name>ChartSaver</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>Enregistrement du graphique…</translation>
    </message>
    <message>
        <source>Chart saved: {path}</source>
        <translation>Graphique enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}:
{error}</source>
        <translation>Impossible d’enregistrer le graphique dans {path}&#xa0;:
{error}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Commitments by status and kind</source>
        <translation>Engagements par statut et par type</translation>
    </message>
    <message>
        <source>No commitments recorded yet.</source>
        <translation>Aucun engagement enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Number of commitments</source>
        <translation>Nombre d’engagements</translation>
    </message>
    <message>
        <source>{count} commitment in all</source>
        <translation>{count} engagement au total</translation>
    </message>
    <message>
        <source>{count} commitments in all</source>
        <translation>{count} engagements au total</translation>
    </message>
    <message>
        <source>Timeline of commitments</source>
        <translation>Chronologie des engagements</translation>
    </message>
    <message>
        <source>{shown} of {total} commitments: the open ones first, then the most recently closed</source>
        <translation>{shown} engagements sur {total}&#xa0;: les engagements ouverts d’abord, puis les plus récemment clos</translation>
    </message>
    <message>
        <source>{count} commitment</source>
        <translation>{count} engagement</translation>
    </message>
    <message>
        <source>{count} commitments</source>
        <translation>{count} engagements</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <translation>Échéance initiale</translation>
    </message>
    <message>
        <source>Revised deadline</source>
        <translation>Échéance révisée</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>Région&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Cercle: {name}</source>
        <translation>Cercle&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Axis: {name}</source>
        <translation>Axe&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Incidents in the last {days} days</source>
        <translation>Incidents des {days} derniers jours</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{count} in the previous {days} days</source>
        <translation>{count} au cours des {days} jours précédents</translation>
    </message>
    <message>
        <source>{count} in the previous {days} days ({change})</source>
        <translation>{count} au cours des {days} jours précédents ({change})</translation>
    </message>
    <message>
        <source>Open: {count}</source>
        <translation>Encore ouverts&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Planned: {count}</source>
        <translation>Prévus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <source>to take up again or close</source>
        <translation>à relancer ou à clore</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>planned or active, past their deadline</source>
        <translation>prévus ou en cours après leur échéance</translation>
    </message>
    <message>
        <source>Unmet resource needs</source>
        <translation>Besoins non couverts</translation>
    </message>
    <message>
        <source>of {needed} needed</source>
        <translation>sur {needed} nécessaires</translation>
    </message>
    <message>
        <source>Incidents per month – {place}</source>
        <translation>Incidents par mois – {place}</translation>
    </message>
    <message>
        <source>No incidents recorded at this place.</source>
        <translation>Aucun incident enregistré à cet endroit.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Incidents: {incidents} · deaths: {deaths} · {start} – {end}</source>
        <translation>Incidents&#xa0;: {incidents} · morts&#xa0;: {deaths} · {start} – {end}</translation>
    </message>
    <message>
        <source>At least one commitment active here</source>
        <translation>Au moins un engagement actif ici</translation>
    </message>
    <message>
        <source>and {count} more commitment</source>
        <translation>et {count} autre engagement</translation>
    </message>
    <message>
        <source>and {count} more commitments</source>
        <translation>et {count} autres engagements</translation>
    </message>
    <message>
        <source>When the commitments on this place were active</source>
        <translation>Périodes d’activité des engagements sur ce lieu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Pledged, not yet received</source>
        <translation>Promis, pas encore reçu</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>Unmet resource needs: the {count} largest gaps by commitment</source>
        <translation>Besoins non couverts&#xa0;: les {count} plus gros écarts, par engagement</translation>
    </message>
    <message>
        <source>Unmet resource needs by commitment</source>
        <translation>Besoins non couverts par engagement</translation>
    </message>
    <message>
        <source>Unmet resource needs by lead member</source>
        <translation>Besoins non couverts par chef de file</translation>
    </message>
    <message>
        <source>Unmet resource needs by category</source>
        <translation>Besoins non couverts par catégorie</translation>
    </message>
    <message>
        <source>Every resource need is covered.</source>
        <translation>Tous les besoins sont couverts.</translation>
    </message>
    <message>
        <source>No resource needs recorded yet.</source>
        <translation>Aucun besoin enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Not received: {gap} of the {needed} needed</source>
        <translation>Non reçu&#xa0;: {gap} sur {needed} nécessaires</translation>
    </message>
    <message>
        <source>Millions of FCFA</source>
        <translation>Millions de FCFA</translation>
    </message>
    <message>
        <source>Boundaries: OCHA Mali – COD-AB (CC BY), simplified. Incidents recorded in secframe from {start} to {end}.</source>
        <translation>Limites&#xa0;: OCHA Mali – COD-AB (CC BY), simplifiées. Incidents enregistrés dans secframe du {start} au {end}.</translation>
    </message>
    <message>
        <source>No incident in this period</source>
        <translation>Aucun incident sur la période</translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation>Incidents sur la période</translation>
    </message>
    <message>
        <source>Incidents per cercle, axes and commitments</source>
        <translation>Incidents par cercle, axes et engagements</translation>
    </message>
    <message>
        <source>Incidents without a known cercle: {count}.</source>
        <translation>Incidents sans cercle connu&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Axis of a commitment</source>
        <translation>Axe d’un engagement</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Engagements ouverts</translation>
    </message>
    <message>
        <source>Place approximate</source>
        <translation>Position approchée (centre du cercle)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Updating the charts…</source>
        <translation>Mise à jour des graphiques…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the data again and redraw the charts</source>
        <translation>Relire les données et redessiner les graphiques</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Region, cercle or axis whose incidents are shown</source>
        <translation>Région, cercle ou axe dont les incidents sont affichés</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard – {framework}</source>
        <translation>Tableau de bord – {framework}</translation>
    </message>
    <message>
        <source>No place to show for this framework.</source>
        <translation>Aucun lieu à afficher pour ce cadre.</translation>
    </message>
    <message>
        <source>The charts could not be drawn. The details were written to the log file:
{log}</source>
        <translation>Les graphiques n’ont pas pu être dessinés. Le détail a été écrit dans le journal&#xa0;:
{log}</translation>
    </message>
    <message>
        <source>Being updated…</source>
        <translation>Mise à jour en cours…</translation>
    </message>
    <message>
        <source>This framework has no commitments, resource needs or incidents yet: the charts will fill in as they are recorded.</source>
        <translation>Ce cadre n’a encore ni engagement, ni besoin, ni incident&#xa0;: les graphiques se rempliront au fil de la saisie.</translation>
    </message>
    <message>
        <source>There is no framework in this database yet. Create one, or add the example frameworks, to see its dashboard.</source>
        <translation>Cette base de données ne contient encore aucun cadre. Créez-en un, ou ajoutez les cadres d’exemple, pour voir son tableau de bord.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Results counted</source>
        <translation>Résultats chiffrés</translation>
    </message>
    <message>
        <source>No result counted yet: record them on each commitment.</source>
        <translation>Aucun résultat chiffré pour l’instant&#xa0;: saisissez-les sur chaque engagement.</translation>
    </message>
    <message>
        <source>… and {count} more in the tracker.</source>
        <translation>… et {count} autres dans le tableau de suivi.</translation>
    </message>
</context>
</TS>

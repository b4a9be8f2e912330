<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>This database is new. Add the example frameworks (Timbuktu and Taoudéni, Gao, the Bourem-Inaly forum) to explore the application?</source>
        <translation>Cette base de données est nouvelle. Ajouter les cadres d’exemple (Tombouctou et Taoudéni, Gao, forum de Bourem-Inaly) pour découvrir l’application ?</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Cadre :</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Something went wrong. The details were written to the log file:
{log}</source>
        <translation>Une erreur inattendue s’est produite. Les détails ont été écrits dans le journal :
{log}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>

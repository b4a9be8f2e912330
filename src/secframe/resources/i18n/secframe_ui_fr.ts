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
</TS>

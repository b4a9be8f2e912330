<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionStatus</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Example frameworks added to {location}:</source>
        <translation>Cadres d’exemple ajoutés à {location}&#xa0;:</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
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
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Deadline revisions</source>
        <translation>Reports d’échéance</translation>
    </message>
    <message>
        <source>Resource needs</source>
        <translation>Besoins en ressources</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <source>Audit entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>{count} member</source>
        <translation>{count} membre</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} membres</translation>
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
        <source>{count} session</source>
        <translation>{count} session</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Version du schéma&#xa0;: {revision}</translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation>Cadres&#xa0;:</translation>
    </message>
    <message>
        <source>none yet (run &apos;secframe demo&apos; for the example)</source>
        <translation>aucun pour l’instant (lancez «&#xa0;secframe demo&#xa0;» pour l’exemple)</translation>
    </message>
    <message>
        <source>[{id}] {short_name} — {name} ({level}): {counts}</source>
        <translation>[{id}] {short_name} — {name} ({level})&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <source>the framework: its id, short name or a unique part of its name (case and accents ignored); may be left out when the database holds only one</source>
        <translation>le cadre&#xa0;: son numéro, son sigle ou une partie unique de son nom (sans tenir compte des majuscules ni des accents)&#xa0;; facultatif si la base n’en contient qu’un</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db); default: $SECFRAME_DB, else secframe.sqlite3 in the user data folder</source>
        <translation>fichier de base de données ou URL SQLAlchemy (p. ex. postgresql+psycopg://utilisateur@serveur/base)&#xa0;; par défaut&#xa0;: $SECFRAME_DB, sinon secframe.sqlite3 dans le dossier de données de l’utilisateur</translation>
    </message>
    <message>
        <source>open the database without writing anything to it (for reading only)</source>
        <translation>ouvrir la base sans rien y écrire (en lecture seule)</translation>
    </message>
    <message>
        <source>language of messages and documents (default: system)</source>
        <translation>langue des messages et des documents (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>Tracker for the secretariats of collaborative security management frameworks. Without a command, opens the desktop application.</source>
        <translation>Suivi des engagements pour les secrétariats des cadres de gestion concertée de la sécurité. Sans commande, ouvre l’application de bureau.</translation>
    </message>
    <message>
        <source>open the desktop application (default)</source>
        <translation>ouvrir l’application de bureau (par défaut)</translation>
    </message>
    <message>
        <source>add the example frameworks to the database</source>
        <translation>ajouter les cadres d’exemple à la base de données</translation>
    </message>
    <message>
        <source>show the database location, schema revision and contents</source>
        <translation>afficher l’emplacement de la base, la version du schéma et son contenu</translation>
    </message>
    <message>
        <source>write a consistent copy of the database (also while the app is open)</source>
        <translation>écrire une copie cohérente de la base (même pendant que l’application est ouverte)</translation>
    </message>
    <message>
        <source>the backup file to write (SQLite)</source>
        <translation>le fichier de sauvegarde à écrire (SQLite)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>something went wrong; the details are in {log}</source>
        <translation>une erreur inattendue s’est produite&#xa0;; les détails sont dans {log}</translation>
    </message>
    <message>
        <source>create a framework, list the frameworks or show one</source>
        <translation>créer un cadre, lister les cadres ou en afficher un</translation>
    </message>
    <message>
        <source>new: create a framework (--name, --short-name, --region, --members); list: every framework; show: one framework with its regions and members</source>
        <translation>new&#xa0;: créer un cadre (--name, --short-name, --region, --members)&#xa0;; list&#xa0;: tous les cadres&#xa0;; show&#xa0;: un cadre avec ses régions et ses membres</translation>
    </message>
    <message>
        <source>the framework&apos;s full name (new)</source>
        <translation>le nom complet du cadre (new)</translation>
    </message>
    <message>
        <source>the short name used in lists, e.g. CGCS-TBT (new)</source>
        <translation>le nom court utilisé dans les listes, p. ex. CGCS-TBT (new)</translation>
    </message>
    <message>
        <source>a region the framework covers, e.g. Tombouctou (new; may be repeated)</source>
        <translation>une région couverte par le cadre, p. ex. Tombouctou (new&#xa0;; peut être répété)</translation>
    </message>
    <message>
        <source>a local dialogue forum rather than a regional framework (new)</source>
        <translation>un espace local de dialogue plutôt qu’un cadre régional (new)</translation>
    </message>
    <message>
        <source>the members, one per row with the columns Nom;Sigle;Catégorie;Notes (new)</source>
        <translation>les membres, un par ligne, avec les colonnes Nom;Sigle;Catégorie;Notes (new)</translation>
    </message>
    <message>
        <source>“{name}” is not a known region; write one of: {regions}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une région connue&#xa0;; écrivez l’une de celles-ci&#xa0;: {regions}.</translation>
    </message>
    <message>
        <source>Framework created: [{id}] {short_name} — {name}</source>
        <translation>Cadre créé&#xa0;: [{id}] {short_name} — {name}</translation>
    </message>
    <message>
        <source>Nothing was created: correct the file and run the command again.</source>
        <translation>Rien n’a été créé&#xa0;: corrigez le fichier et relancez la commande.</translation>
    </message>
    <message>
        <source>No framework yet: create one with &apos;secframe framework new&apos;.</source>
        <translation>Aucun cadre pour l’instant&#xa0;: créez-en un avec «&#xa0;secframe framework new&#xa0;».</translation>
    </message>
    <message>
        <source>[{id}] {short_name} — {name} ({level}; {regions})</source>
        <translation>[{id}] {short_name} — {name} ({level}&#xa0;; {regions})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Members ({n}):</source>
        <translation>Membres ({n})&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommitmentKind</name>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Armed escort</source>
        <translation>Escorte armée</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <source>Security operation</source>
        <translation>Opération de sécurisation</translation>
    </message>
    <message>
        <source>Redeployment of the defence and security forces</source>
        <translation>Redéploiement des FDS</translation>
    </message>
    <message>
        <source>Arrests and handing over to justice</source>
        <translation>Arrestations et remise à la justice</translation>
    </message>
    <message>
        <source>Collection of weapons</source>
        <translation>Collecte d’armes</translation>
    </message>
    <message>
        <source>Dialogue / mediation</source>
        <translation>Dialogue / médiation</translation>
    </message>
    <message>
        <source>Public debate / community forum</source>
        <translation>Débat public / forum communautaire</translation>
    </message>
    <message>
        <source>Sensitisation</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <source>Charter / pact</source>
        <translation>Charte / pacte</translation>
    </message>
    <message>
        <source>Follow-up committee</source>
        <translation>Comité de suivi</translation>
    </message>
    <message>
        <source>Early-warning mechanism</source>
        <translation>Mécanisme d’alerte précoce</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Plaidoyer</translation>
    </message>
    <message>
        <source>Community project</source>
        <translation>Projet communautaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Armed men go up and down an axis or a place.</source>
        <translation>Des hommes armés parcourent un axe ou un lieu.</translation>
    </message>
    <message>
        <source>Forces accompany vehicles or convoys along an axis.</source>
        <translation>Des forces accompagnent véhicules ou convois le long d’un axe.</translation>
    </message>
    <message>
        <source>A fixed post that checks people and vehicles.</source>
        <translation>Un poste fixe qui contrôle personnes et véhicules.</translation>
    </message>
    <message>
        <source>A planned operation against banditry in an area, like Operation Alafia.</source>
        <translation>Une opération contre le banditisme dans une zone, comme l’opération Alafia.</translation>
    </message>
    <message>
        <source>The army, police or gendarmerie return to, or reinforce, a place.</source>
        <translation>L’armée, la police ou la gendarmerie reviennent dans un lieu ou s’y renforcent.</translation>
    </message>
    <message>
        <source>Suspects are arrested and handed over to the courts, not dealt with locally.</source>
        <translation>Des suspects sont arrêtés et remis à la justice, non réglés sur place.</translation>
    </message>
    <message>
        <source>Small arms and ammunition are handed in or seized.</source>
        <translation>Des armes légères et munitions sont remises ou saisies.</translation>
    </message>
    <message>
        <source>Bringing parties in conflict together to settle a dispute.</source>
        <translation>Réunir les parties d’un conflit pour régler un différend.</translation>
    </message>
    <message>
        <source>An open meeting where the population, leaders and forces discuss security.</source>
        <translation>Une réunion ouverte où population, leaders et forces débattent de la sécurité.</translation>
    </message>
    <message>
        <source>Messages to a group (youth, fighters, population) to change behaviour.</source>
        <translation>Des messages à un groupe (jeunes, combattants, population) pour changer les comportements.</translation>
    </message>
    <message>
        <source>A written pact of good conduct signed by parties.</source>
        <translation>Un pacte écrit de bonne conduite signé par des parties.</translation>
    </message>
    <message>
        <source>A committee that follows an agreement and makes it known.</source>
        <translation>Un comité qui suit un accord et le fait connaître.</translation>
    </message>
    <message>
        <source>Focal points who report threats so that someone acts before violence.</source>
        <translation>Des points focaux signalent les menaces pour qu’on agisse avant la violence.</translation>
    </message>
    <message>
        <source>Pressing an authority or a group (Bamako, a movement&apos;s leaders) to act.</source>
        <translation>Presser une autorité ou un groupe (Bamako, les dirigeants d’un mouvement) d’agir.</translation>
    </message>
    <message>
        <source>Cultural events, debates, trainings that bring people together.</source>
        <translation>Événements culturels, débats, formations qui rassemblent la population.</translation>
    </message>
    <message>
        <source>None of the above: say what in the title.</source>
        <translation>Aucun des types ci-dessus&#xa0;: le préciser dans le titre.</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Not started, awaiting support</source>
        <translation>Non mis en œuvre, en attente d’appui</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Decided; work is due to start on its start date.</source>
        <translation>Décidé&#xa0;; la mise en œuvre doit commencer à la date de début.</translation>
    </message>
    <message>
        <source>Decided, but waiting for the means or the authorisation to start.</source>
        <translation>Décidé, mais en attente des moyens ou de l’autorisation pour commencer.</translation>
    </message>
    <message>
        <source>Being carried out.</source>
        <translation>En cours de mise en œuvre.</translation>
    </message>
    <message>
        <source>Started, then stopped for a cause; it can resume.</source>
        <translation>Commencé, puis arrêté pour une cause&#xa0;; il peut reprendre.</translation>
    </message>
    <message>
        <source>Carried out, or handed over to another member.</source>
        <translation>Mis en œuvre, ou passé à un autre membre.</translation>
    </message>
    <message>
        <source>Given up for good, with its cause.</source>
        <translation>Abandonné définitivement, avec sa cause.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{location} is not a secframe database. It was left untouched.</source>
        <translation>{location} n’est pas une base de données secframe. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{location} is damaged: SQLite&apos;s integrity check found errors. It was left untouched. Restore your newest backup copy, {backup} (File › Open a database), and type again what was recorded since.</source>
        <translation>{location} est endommagé&#xa0;: la vérification d’intégrité de SQLite y a trouvé des erreurs. Le fichier n’a pas été modifié. Restaurez votre copie de sauvegarde la plus récente, {backup} (Fichier › Ouvrir une base de données), et saisissez à nouveau ce qui a été enregistré depuis.</translation>
    </message>
    <message>
        <source>{location} is damaged: SQLite&apos;s integrity check found errors. It was left untouched. No backup copy was found next to it nor in the backups folder: look for the newest copy you made (USB key, e-mail) and open it.</source>
        <translation>{location} est endommagé&#xa0;: la vérification d’intégrité de SQLite y a trouvé des erreurs. Le fichier n’a pas été modifié. Aucune copie de sauvegarde n’a été trouvée à côté ni dans le dossier des sauvegardes&#xa0;: cherchez la copie la plus récente que vous avez faite (clé USB, courriel) et ouvrez-la.</translation>
    </message>
    <message>
        <source>{location} was created by a newer version of secframe (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
        <translation>{location} a été créé par une version plus récente de secframe (schéma {revision}). Installez cette version pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open {location}: {detail}</source>
        <translation>Impossible d’ouvrir {location}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{location} is being written by another program (or another secframe window) and stayed locked for more than 5 seconds. Nothing was saved; try again in a moment.</source>
        <translation>{location} est en cours d’écriture par un autre programme (ou une autre fenêtre de secframe) et reste verrouillée depuis plus de 5 secondes. Rien n’a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{location} is read-only: secframe can read it but not save anything in it. Nothing was changed. To work in it, make the file writable (in its properties) or copy it to a folder of yours and open the copy.</source>
        <translation>{location} est en lecture seule&#xa0;: secframe peut le lire mais pas y enregistrer. Rien n’a été modifié. Pour y travailler, rendez le fichier modifiable (dans ses propriétés) ou copiez-le dans un de vos dossiers et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The folder of {location} is read-only (a CD, a protected USB key or a shared folder): SQLite must write its journal beside the file. Nothing was changed. Copy the file to a folder of yours (Documents) and open the copy.</source>
        <translation>Le dossier de {location} est en lecture seule (CD, clé USB protégée ou dossier partagé)&#xa0;: SQLite doit écrire son journal à côté du fichier. Rien n’a été modifié. Copiez le fichier dans un de vos dossiers (Documents) et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The server {location} only allows reading with this account. Nothing was saved; ask the server&apos;s administrator for the right to write.</source>
        <translation>Le serveur {location} n’autorise que la lecture avec ce compte. Rien n’a été enregistré&#xa0;; demandez le droit d’écrire à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The disk holding {location} is full. Nothing was saved and the data is intact. Free some space on that disk (empty the recycle bin, move large files away), then try again.</source>
        <translation>Le disque qui contient {location} est plein. Rien n’a été enregistré et les données sont intactes. Libérez de la place sur ce disque (videz la corbeille, déplacez de gros fichiers), puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused access to {location}. Check the user name and password in the address, or ask the server&apos;s administrator.</source>
        <translation>Le serveur a refusé l’accès à {location}. Vérifiez le nom d’utilisateur et le mot de passe dans l’adresse, ou adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>You may not open {location}: your account is not allowed to read it. Nothing was changed. Ask whoever manages this computer, or open a copy.</source>
        <translation>Vous n’avez pas le droit d’ouvrir {location}&#xa0;: votre compte ne peut pas le lire. Rien n’a été modifié. Adressez-vous à la personne qui gère cet ordinateur, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The connection to the server {location} was lost or it does not answer. Nothing was saved; check the network and that the server is running, then try again.</source>
        <translation>La connexion au serveur {location} a été perdue ou il ne répond pas. Rien n’a été enregistré&#xa0;; vérifiez le réseau et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>secframe cannot use {location}: it works with SQLite files and PostgreSQL servers (postgresql+psycopg://user@server/database).</source>
        <translation>secframe ne peut pas utiliser {location}&#xa0;: il fonctionne avec des fichiers SQLite et des serveurs PostgreSQL (postgresql+psycopg://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>“{label}” was saved by someone else at the same moment. Nothing of yours was saved: reload it to see their changes, then try again.</source>
        <translation>«&#xa0;{label}&#xa0;» a été enregistré par quelqu’un d’autre au même moment. Vos modifications n’ont pas été enregistrées&#xa0;: rechargez-le pour voir les siennes, puis réessayez.</translation>
    </message>
    <message>
        <source>secframe could not bring {location} to its new layout. The failed step was undone: the database is intact, at schema {revision}, and a copy made before the upgrade is at {backup}. Keep using it with the previous version of secframe and send the log file to whoever supports you.</source>
        <translation>secframe n’a pas pu mettre {location} à sa nouvelle structure. L’étape qui a échoué a été annulée&#xa0;: la base de données est intacte, au schéma {revision}, et une copie faite avant la mise à niveau se trouve dans {backup}. Continuez à l’utiliser avec la version précédente de secframe et envoyez le fichier journal à la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>{location} could not be used ({detail}). Nothing was saved; check the disk or the connection to the server, then try again.</source>
        <translation>{location} n’a pas pu être utilisée ({detail}). Rien n’a été enregistré ; vérifiez le disque ou la connexion au serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is encrypted and the open database is not: open the backup itself with File › Open database (it asks for its passphrase).</source>
        <translation>{path} est chiffrée et la base ouverte ne l’est pas&#xa0;: ouvrez la sauvegarde elle-même avec Fichier › Ouvrir une base de données (sa phrase secrète vous sera demandée).</translation>
    </message>
    <message>
        <source>{path} is not encrypted with the passphrase of the open database (or is not a secframe database). Nothing was changed.</source>
        <translation>{path} n’est pas chiffrée avec la phrase secrète de la base ouverte (ou n’est pas une base secframe). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{location} is open read-only: nothing can be restored into it. Open it for writing first.</source>
        <translation>{location} est ouverte en lecture seule&#xa0;: rien ne peut y être restauré. Ouvrez-la d’abord en écriture.</translation>
    </message>
    <message>
        <source>{path} is the database in use: choose a backup copy to restore from.</source>
        <translation>{path} est la base en cours d’utilisation&#xa0;: choisissez une copie de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>{location} is a database server: a backup file cannot replace it from here. Open the backup itself with File › Open database, or ask the server&apos;s administrator to load it.</source>
        <translation>{location} est un serveur de bases de données&#xa0;: un fichier de sauvegarde ne peut pas le remplacer d’ici. Ouvrez la sauvegarde elle-même avec Fichier › Ouvrir une base de données, ou demandez à l’administrateur du serveur de la charger.</translation>
    </message>
    <message>
        <source>{location} is open read-only: nothing can be changed.</source>
        <translation>{location} est ouverte en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>{location} is open read-only because your account may not write to this file: nothing can be changed.</source>
        <translation>{location} est ouverte en lecture seule car votre compte n’a pas le droit d’écrire dans ce fichier&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>{location} is open read-only because your account may not write in its folder: nothing can be changed.</source>
        <translation>{location} est ouverte en lecture seule car votre compte n’a pas le droit d’écrire dans son dossier&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>{location} is open read-only because your account on the server may only read: nothing can be changed.</source>
        <translation>{location} est ouverte en lecture seule car votre compte sur le serveur n’a que le droit de lire&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>{location} cannot be opened read-only: it must first be created or upgraded by an account that may write to it. Nothing was changed.</source>
        <translation>{location} ne peut pas être ouverte en lecture seule&#xa0;: elle doit d’abord être créée ou mise à jour par un compte qui a le droit d’y écrire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database on {server} (schema {revision}) must be upgraded for this version of secframe. Back it up first, e.g. with: pg_dump --format=custom --file secframe-before-upgrade.dump &quot;{server}&quot; — then upgrade it with: secframe upgrade --db &quot;{server}&quot; --backed-up (or --backup FILE to have secframe write a copy where you choose). Nothing was changed.</source>
        <translation>La base sur {server} (schéma {revision}) doit être mise à jour pour cette version de secframe. Sauvegardez-la d’abord, par exemple avec&#xa0;: pg_dump --format=custom --file secframe-avant-mise-a-jour.dump &quot;{server}&quot; — puis mettez-la à jour avec&#xa0;: secframe upgrade --db &quot;{server}&quot; --backed-up (ou --backup FICHIER pour que secframe en écrive une copie là où vous le choisissez). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{location} is encrypted: give its passphrase.</source>
        <translation>{location} est chiffrée&#xa0;: donnez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {location} (or the file is not a secframe database). The file was left untouched.</source>
        <translation>Phrase secrète incorrecte pour {location} (ou le fichier n’est pas une base secframe). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{location} is encrypted, or is not a secframe database. Opening encrypted databases needs the encryption module: pip install &quot;secframe[encryption]&quot;. The file was left untouched.</source>
        <translation>{location} est chiffrée, ou n’est pas une base secframe. Ouvrir une base chiffrée demande le module de chiffrement&#xa0;: pip install &quot;secframe[encryption]&quot;. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{location} is open in another program (secframe?). Close it and try again; the file was left untouched.</source>
        <translation>{location} est ouverte dans un autre programme (secframe&#xa0;?). Fermez-la et recommencez&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{location} is locked: give the passphrase again to continue.</source>
        <translation>{location} est verrouillée&#xa0;: redonnez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {count} characters (a few words are easier to remember). Nothing was changed.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins {count} caractères (quelques mots se retiennent mieux). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>DatabaseCLI</name>
    <message>
        <source>{location} is encrypted: set SECFRAME_PASSPHRASE or run the command in a terminal to type the passphrase.</source>
        <translation>{location} est chiffrée&#xa0;: définissez SECFRAME_PASSPHRASE ou lancez la commande dans un terminal pour taper la phrase secrète.</translation>
    </message>
    <message>
        <source>Passphrase for {location}: </source>
        <translation>Phrase secrète de {location}&#xa0;: </translation>
    </message>
    <message>
        <source>Set SECFRAME_NEW_PASSPHRASE or run the command in a terminal to type the new passphrase. Nothing was changed.</source>
        <translation>Définissez SECFRAME_NEW_PASSPHRASE ou lancez la commande dans un terminal pour taper la nouvelle phrase secrète. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Same passphrase again: </source>
        <translation>La même phrase secrète, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Only a database file can be encrypted; a server database is protected by the server.</source>
        <translation>Seul un fichier de base peut être chiffré&#xa0;; une base sur un serveur est protégée par le serveur.</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path} est déjà chiffrée.</translation>
    </message>
    <message>
        <source>Encrypted: {path}</source>
        <translation>Chiffrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it nobody, not even secframe, can read the data. Copies made before (backups, exports) are not encrypted: delete the ones you no longer need.</source>
        <translation>Gardez la phrase secrète en lieu sûr&#xa0;: sans elle, personne, pas même secframe, ne peut lire les données. Les copies faites avant (sauvegardes, exports) ne sont pas chiffrées&#xa0;: supprimez celles dont vous n’avez plus besoin.</translation>
    </message>
    <message>
        <source>{path} is not encrypted.</source>
        <translation>{path} n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>Decrypted: {path}</source>
        <translation>Déchiffrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{path} is not encrypted: use &apos;secframe encrypt&apos;.</source>
        <translation>{path} n’est pas chiffrée&#xa0;: utilisez «&#xa0;secframe encrypt&#xa0;».</translation>
    </message>
    <message>
        <source>Passphrase changed: {path}</source>
        <translation>Phrase secrète changée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{location} is up to date (schema {revision}).</source>
        <translation>{location} est à jour (schéma {revision}).</translation>
    </message>
    <message>
        <source>encrypt the database file (asks for a new passphrase, or reads SECFRAME_NEW_PASSPHRASE)</source>
        <translation>chiffrer le fichier de la base (demande une nouvelle phrase secrète, ou lit SECFRAME_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>turn an encrypted database file into a plain one</source>
        <translation>remettre en clair un fichier de base chiffré</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted database file</source>
        <translation>changer la phrase secrète d’un fichier de base chiffré</translation>
    </message>
    <message>
        <source>upgrade the database to this version (a server database only after a backup)</source>
        <translation>mettre la base à jour pour cette version (une base sur serveur seulement après une sauvegarde)</translation>
    </message>
    <message>
        <source>first write a copy of the server database to this SQLite file</source>
        <translation>écrire d’abord une copie de la base du serveur dans ce fichier SQLite</translation>
    </message>
    <message>
        <source>the server database was backed up (pg_dump): upgrade it now</source>
        <translation>la base du serveur a été sauvegardée (pg_dump)&#xa0;: la mettre à jour maintenant</translation>
    </message>
</context>
<context>
    <name>DecisionEffect</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The example frameworks are already in this database.</source>
        <translation>Les cadres d’exemple sont déjà dans cette base de données.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Framework</source>
        <translation>Le cadre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Le membre</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>L’engagement</translation>
    </message>
    <message>
        <source>Resource need</source>
        <translation>Le besoin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>L’axe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>La session</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>L’incident</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{file} does not exist.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>FrameworkLevel</name>
    <message>
        <source>Regional framework</source>
        <translation>Cadre régional</translation>
    </message>
    <message>
        <source>Local dialogue forum</source>
        <translation>Forum de dialogue local</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Decided at session</source>
        <translation>Décidé en session</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Lead member</source>
        <translation>Chef de file</translation>
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
        <source>Frequency</source>
        <translation>Fréquence</translation>
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
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>Implementation level</source>
        <translation>Niveau de mise en œuvre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Takes over from</source>
        <translation>Prend la suite de</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
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
        <source>When (local time)</source>
        <translation>Quand (heure locale)</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>Date du résultat</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Resource need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
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
        <source>Moved by</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>ImplementationLevel</name>
    <message>
        <source>0 – not started</source>
        <translation>0 – non commencé</translation>
    </message>
    <message>
        <source>1 – minimal</source>
        <translation>1 – minimal</translation>
    </message>
    <message>
        <source>2 – intermediate</source>
        <translation>2 – intermédiaire</translation>
    </message>
    <message>
        <source>3 – full</source>
        <translation>3 – complet</translation>
    </message>
</context>
<context>
    <name>IncidentType</name>
    <message>
        <source>Robbery</source>
        <translation>Braquage</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <source>Targeted killing</source>
        <translation>Assassinat ciblé</translation>
    </message>
    <message>
        <source>Vehicle theft</source>
        <translation>Vol de véhicule</translation>
    </message>
    <message>
        <source>Armed attack</source>
        <translation>Attaque armée</translation>
    </message>
    <message>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <source>Explosive device</source>
        <translation>Engin explosif</translation>
    </message>
    <message>
        <source>Illegal checkpoint</source>
        <translation>Barrage illégal</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Intercommunal violence</source>
        <translation>Violence intercommunautaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LocalityLevel</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Ordinary session</source>
        <translation>Session ordinaire</translation>
    </message>
    <message>
        <source>Extraordinary session</source>
        <translation>Session extraordinaire</translation>
    </message>
    <message>
        <source>Session with the governor</source>
        <translation>Session avec le gouverneur</translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>Governorate</source>
        <translation>Gouvernorat</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Préfecture</translation>
    </message>
    <message>
        <source>Interim authority</source>
        <translation>Autorité intérimaire</translation>
    </message>
    <message>
        <source>Local authorities (mayors, cercle councils)</source>
        <translation>Collectivités territoriales (maires, conseils de cercle)</translation>
    </message>
    <message>
        <source>Signatory armed group</source>
        <translation>Mouvement armé signataire</translation>
    </message>
    <message>
        <source>Defence and security forces</source>
        <translation>Forces de défense et de sécurité</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Douanes</translation>
    </message>
    <message>
        <source>MINUSMA / international forces (observer)</source>
        <translation>MINUSMA / forces internationales (observateur)</translation>
    </message>
    <message>
        <source>Religious leaders</source>
        <translation>Leaders religieux</translation>
    </message>
    <message>
        <source>Cadis and imams</source>
        <translation>Cadis et imams</translation>
    </message>
    <message>
        <source>Traditional and community leaders</source>
        <translation>Autorités traditionnelles et communautaires</translation>
    </message>
    <message>
        <source>Village and fraction chiefs</source>
        <translation>Chefs de village et de fraction</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Youth association</source>
        <translation>Association de jeunes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Women&apos;s association</source>
        <translation>Association de femmes</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Community radio</source>
        <translation>Radio communautaire</translation>
    </message>
    <message>
        <source>Transporters&apos; union</source>
        <translation>Syndicat des transporteurs</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <source>Other (to review)</source>
        <translation>Autre (à vérifier)</translation>
    </message>
    <message>
        <source>The governor and the services of the region.</source>
        <translation>Le gouverneur et les services de la région.</translation>
    </message>
    <message>
        <source>The prefect and sub-prefects of the cercles.</source>
        <translation>Le préfet et les sous-préfets des cercles.</translation>
    </message>
    <message>
        <source>The interim authority set up by the peace agreement in the region.</source>
        <translation>L’autorité intérimaire mise en place dans la région par l’accord de paix.</translation>
    </message>
    <message>
        <source>Elected local government: mayors and councils of communes and cercles.</source>
        <translation>Les élus locaux&#xa0;: maires et conseils des communes et des cercles.</translation>
    </message>
    <message>
        <source>A movement that signed the 2015 agreement: CMA, Plateforme.</source>
        <translation>Un mouvement signataire de l’accord de 2015&#xa0;: CMA, Plateforme.</translation>
    </message>
    <message>
        <source>The Malian armed forces (FAMa), the police and the gendarmerie.</source>
        <translation>Les forces armées maliennes (FAMa), la police et la gendarmerie.</translation>
    </message>
    <message>
        <source>Courts and prosecutors, who receive the people the forces arrest.</source>
        <translation>Tribunaux et parquets, qui reçoivent les personnes arrêtées par les forces.</translation>
    </message>
    <message>
        <source>The customs service and its posts on the roads.</source>
        <translation>Le service des douanes et ses postes sur les routes.</translation>
    </message>
    <message>
        <source>MINUSMA or other international forces, seated as observers.</source>
        <translation>La MINUSMA ou d’autres forces internationales, siégeant comme observateurs.</translation>
    </message>
    <message>
        <source>Religious figures in general: marabouts, preachers, religious associations.</source>
        <translation>Les religieux en général&#xa0;: marabouts, prêcheurs, associations religieuses.</translation>
    </message>
    <message>
        <source>The cadis (Islamic judges who settle disputes) and the imams of the mosques.</source>
        <translation>Les cadis (juges musulmans qui règlent les différends) et les imams des mosquées.</translation>
    </message>
    <message>
        <source>Customary and community notables, elders and leaders of communities.</source>
        <translation>Notables coutumiers et communautaires, sages et leaders des communautés.</translation>
    </message>
    <message>
        <source>The customary head of a village or of a nomadic fraction.</source>
        <translation>Le chef coutumier d’un village ou d’une fraction nomade.</translation>
    </message>
    <message>
        <source>The young people of a community, as a constituency.</source>
        <translation>Les jeunes d’une communauté, en tant que composante.</translation>
    </message>
    <message>
        <source>An organised youth association or council, with its own leaders.</source>
        <translation>Une association ou un conseil de jeunes organisé, avec ses responsables.</translation>
    </message>
    <message>
        <source>The women of a community, as a constituency.</source>
        <translation>Les femmes d’une communauté, en tant que composante.</translation>
    </message>
    <message>
        <source>An organised women&apos;s association or mediation commission.</source>
        <translation>Une association de femmes ou une commission de médiatrices organisée.</translation>
    </message>
    <message>
        <source>Associations and community members not listed elsewhere.</source>
        <translation>Associations et membres de la communauté non classés ailleurs.</translation>
    </message>
    <message>
        <source>A local radio that broadcasts the framework&apos;s messages and debates.</source>
        <translation>Une radio locale qui diffuse les messages et les débats du cadre.</translation>
    </message>
    <message>
        <source>Drivers and vehicle owners on the axes, first victims of road banditry.</source>
        <translation>Chauffeurs et propriétaires de véhicules des axes, premières victimes du banditisme routier.</translation>
    </message>
    <message>
        <source>An organisation supporting from outside: facilitator, technical and financial partner (PTF) or both, as its roles say.</source>
        <translation>Une organisation qui appuie de l’extérieur&#xa0;: facilitateur, partenaire technique et financier (PTF) ou les deux, selon ses rôles.</translation>
    </message>
    <message>
        <source>Not classified yet (e.g. created by an import): to review.</source>
        <translation>Pas encore classé (par exemple créé par un import)&#xa0;: à vérifier.</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Technical and financial partner (PTF)</source>
        <translation>Partenaire technique et financier (PTF)</translation>
    </message>
    <message>
        <source>Convenes and mediates the framework&apos;s work (HD, Alert, AMSS).</source>
        <translation>Réunit le cadre et facilite ses travaux (HD, Alert, AMSS).</translation>
    </message>
    <message>
        <source>Funds or equips the framework&apos;s work: the « bailleur » resource lines name.</source>
        <translation>Finance ou équipe les travaux du cadre&#xa0;: le bailleur que nomment les besoins.</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>[removed]</source>
        <translation>[retiré]</translation>
    </message>
    <message>
        <source>[representative of {member}]</source>
        <translation>[représentant(e) de {member}]</translation>
    </message>
    <message>
        <source>[{title}, {member}]</source>
        <translation>[{title}, {member}]</translation>
    </message>
    <message>
        <source>[session chair]</source>
        <translation>[présidence de séance]</translation>
    </message>
    <message>
        <source>[participant]</source>
        <translation>[participant(e)]</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Redeployment of the forces</source>
        <translation>Redéploiement des forces</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <source>Referral to the authority concerned</source>
        <translation>Saisine de l’autorité compétente</translation>
    </message>
</context>
<context>
    <name>ResourceCategory</name>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Primes et indemnités</translation>
    </message>
    <message>
        <source>Rations</source>
        <translation>Rations</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ResultUnit</name>
    <message>
        <source>Patrols held</source>
        <translation>Patrouilles menées</translation>
    </message>
    <message>
        <source>Escorts run</source>
        <translation>Escortes assurées</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>Arrestations</translation>
    </message>
    <message>
        <source>Weapons collected</source>
        <translation>Armes collectées</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Patrols actually carried out (not planned ones).</source>
        <translation>Patrouilles effectivement menées (pas celles prévues).</translation>
    </message>
    <message>
        <source>Convoys or vehicles escorted to their destination.</source>
        <translation>Convois ou véhicules escortés jusqu’à destination.</translation>
    </message>
    <message>
        <source>People arrested (bandits, suspects).</source>
        <translation>Personnes arrêtées (bandits, suspects).</translation>
    </message>
    <message>
        <source>Weapons handed in or seized.</source>
        <translation>Armes remises ou saisies.</translation>
    </message>
    <message>
        <source>People who attended or were reached by an activity.</source>
        <translation>Personnes présentes ou touchées par une activité.</translation>
    </message>
    <message>
        <source>{count} patrol held</source>
        <translation>{count} patrouille menée</translation>
    </message>
    <message>
        <source>{count} patrols held</source>
        <translation>{count} patrouilles menées</translation>
    </message>
    <message>
        <source>{count} escort run</source>
        <translation>{count} escorte assurée</translation>
    </message>
    <message>
        <source>{count} escorts run</source>
        <translation>{count} escortes assurées</translation>
    </message>
    <message>
        <source>{count} arrest</source>
        <translation>{count} arrestation</translation>
    </message>
    <message>
        <source>{count} arrests</source>
        <translation>{count} arrestations</translation>
    </message>
    <message>
        <source>{count} weapon collected</source>
        <translation>{count} arme collectée</translation>
    </message>
    <message>
        <source>{count} weapons collected</source>
        <translation>{count} armes collectées</translation>
    </message>
    <message>
        <source>{count} person reached</source>
        <translation>{count} personne touchée</translation>
    </message>
    <message>
        <source>{count} people reached</source>
        <translation>{count} personnes touchées</translation>
    </message>
</context>
<context>
    <name>ReviewOutcome</name>
    <message>
        <source>No change</source>
        <translation>Sans changement</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Deadline revision</source>
        <translation>Report d’échéance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The implementation level goes from 0 to 3.</source>
        <translation>Le niveau de mise en œuvre va de 0 à 3.</translation>
    </message>
    <message>
        <source>The lead must be a member of this framework.</source>
        <translation>Le chef de file doit être membre de ce cadre.</translation>
    </message>
    <message>
        <source>Partners must be members of this framework.</source>
        <translation>Les partenaires doivent être membres de ce cadre.</translation>
    </message>
    <message>
        <source>A member can appear only once among lead and partners.</source>
        <translation>Un membre ne peut figurer qu’une fois parmi le chef de file et les partenaires.</translation>
    </message>
    <message>
        <source>Unknown place.</source>
        <translation>Lieu inconnu.</translation>
    </message>
    <message>
        <source>Unknown axis.</source>
        <translation>Axe inconnu.</translation>
    </message>
    <message>
        <source>The source session must belong to this framework.</source>
        <translation>La session d’origine doit appartenir à ce cadre.</translation>
    </message>
    <message>
        <source>A commitment can only take over from another commitment of the same framework.</source>
        <translation>Un engagement ne peut prendre le relais que d’un autre engagement du même cadre.</translation>
    </message>
    <message>
        <source>The date {end} is before the start date {start}.</source>
        <translation>La date du {end} est antérieure à la date de début ({start}).</translation>
    </message>
    <message>
        <source>The commitment is already {status}.</source>
        <translation>L’engagement a déjà le statut «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>The status log already has a change on {last}; date this one later.</source>
        <translation>L’historique contient déjà un changement daté du {last}&#xa0;; datez celui-ci après.</translation>
    </message>
    <message>
        <source>« {cause} » is not a cause for a commitment that becomes {status}.</source>
        <translation>«&#xa0;{cause}&#xa0;» n’est pas une cause possible pour un engagement qui passe à «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>Say why the commitment is {status}: a reason is required.</source>
        <translation>Indiquez pourquoi l’engagement passe au statut «&#xa0;{status}&#xa0;»&#xa0;: un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Reopening a {status} commitment needs a reason.</source>
        <translation>Rouvrir un engagement au statut «&#xa0;{status}&#xa0;» demande un motif.</translation>
    </message>
    <message>
        <source>A deadline revision needs a reason.</source>
        <translation>Un report d’échéance demande un motif.</translation>
    </message>
    <message>
        <source>The deadline is already {date}.</source>
        <translation>L’échéance est déjà le {date}.</translation>
    </message>
    <message>
        <source>A handover needs a reason.</source>
        <translation>Une passation demande un motif.</translation>
    </message>
    <message>
        <source>Amounts and quantities cannot be negative.</source>
        <translation>Les montants et les quantités ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>La date du {date} est dans le futur.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>A short name is required.</source>
        <translation>Le sigle est obligatoire.</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choisissez un type.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Choose a level.</source>
        <translation>Choisissez un niveau.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choisissez un statut.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Le motif est obligatoire.</translation>
    </message>
    <message>
        <source>Choose a cause.</source>
        <translation>Choisissez une cause.</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>The text is required.</source>
        <translation>Le texte est obligatoire.</translation>
    </message>
    <message>
        <source>Choose a type.</source>
        <translation>Choisissez un type.</translation>
    </message>
    <message>
        <source>Choose a locality or an axis.</source>
        <translation>Choisissez une localité ou un axe.</translation>
    </message>
    <message>
        <source>Invalid input.</source>
        <translation>Saisie invalide.</translation>
    </message>
    <message>
        <source>{entity} {ident} does not exist (any more).</source>
        <translation>{entity} {ident} n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>“{label}” was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation>«&#xa0;{label}&#xa0;» a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le pour voir ces modifications&#xa0;; les vôtres n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Session n° {number} is locked: its conclusions were adopted and it can no longer be changed.</source>
        <translation>La session n°&#xa0;{number} est verrouillée&#xa0;: ses conclusions ont été adoptées et elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Another framework already has this name.</source>
        <translation>Un autre cadre porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Another framework already has this short name.</source>
        <translation>Un autre cadre a déjà ce sigle.</translation>
    </message>
    <message>
        <source>Only regions can be covered by a framework.</source>
        <translation>Un cadre ne peut couvrir que des régions.</translation>
    </message>
    <message>
        <source>The database holds no framework yet (try &apos;secframe demo&apos;).</source>
        <translation>La base ne contient encore aucun cadre (essayez «&#xa0;secframe demo&#xa0;»).</translation>
    </message>
    <message>
        <source>The database holds several frameworks; choose one of: {names}.</source>
        <translation>La base contient plusieurs cadres&#xa0;; choisissez parmi&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No framework matches “{query}”. Known: {names}.</source>
        <translation>Aucun cadre ne correspond à «&#xa0;{query}&#xa0;». Cadres connus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>“{query}” matches several frameworks: {names}.</source>
        <translation>«&#xa0;{query}&#xa0;» correspond à plusieurs cadres&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Precision is 1 (exact), 2 or 3 (coarse).</source>
        <translation>La précision vaut 1 (exacte), 2 ou 3 (approximative).</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>La latitude doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>La longitude doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>Session numbers start at 1.</source>
        <translation>Les numéros de session commencent à 1.</translation>
    </message>
    <message>
        <source>This framework already has a session n° {number}.</source>
        <translation>Ce cadre a déjà une session n°&#xa0;{number}.</translation>
    </message>
    <message>
        <source>Attendees must be members of this framework.</source>
        <translation>Les participants doivent être membres de ce cadre.</translation>
    </message>
    <message>
        <source>A decision can only concern commitments of the same framework.</source>
        <translation>Une décision ne peut concerner que des engagements du même cadre.</translation>
    </message>
    <message>
        <source>Conclusions are adopted at a later session of the same framework.</source>
        <translation>Les conclusions s’adoptent lors d’une session ultérieure du même cadre.</translation>
    </message>
    <message>
        <source>Another member of this framework already has this name.</source>
        <translation>Un autre membre de ce cadre porte déjà ce nom.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number (digits, spaces, + and - only).</source>
        <translation>«&#xa0;{phone}&#xa0;» n’est pas un numéro de téléphone (chiffres, espaces, + et - uniquement).</translation>
    </message>
    <message>
        <source>{name} takes part in {commitments} commitment(s) and attended {attendance} session(s); mark it as withdrawn instead of deleting it.</source>
        <translation>{name} participe à {commitments} engagement(s) et a assisté à {attendance} session(s)&#xa0;; indiquez-le comme retiré au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>A region cannot be inside another place.</source>
        <translation>Une région ne peut pas se trouver dans un autre lieu.</translation>
    </message>
    <message>
        <source>Choose the place this one belongs to.</source>
        <translation>Choisissez le lieu dont celui-ci fait partie.</translation>
    </message>
    <message>
        <source>A {level} cannot be placed inside a {parent_level}.</source>
        <translation>Un lieu de niveau «&#xa0;{level}&#xa0;» ne peut pas se trouver dans un lieu de niveau «&#xa0;{parent_level}&#xa0;».</translation>
    </message>
    <message>
        <source>A place cannot be moved inside itself.</source>
        <translation>Un lieu ne peut pas être déplacé à l’intérieur de lui-même.</translation>
    </message>
    <message>
        <source>This level does not fit the places that are inside it.</source>
        <translation>Ce niveau ne convient pas aux lieux qu’il contient.</translation>
    </message>
    <message>
        <source>A place with this name already exists there.</source>
        <translation>Un lieu de ce nom existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it holds {places} place(s) and is used by {commitments} commitment(s), {incidents} incident(s), {axes} axis/axes and {frameworks} framework(s).</source>
        <translation>Impossible de supprimer {name}&#xa0;: il contient {places} lieu(x) et sert à {commitments} engagement(s), {incidents} incident(s), {axes} axe(s) et {frameworks} cadre(s).</translation>
    </message>
    <message>
        <source>Another axis already has this name.</source>
        <translation>Un autre axe porte déjà ce nom.</translation>
    </message>
    <message>
        <source>An axis links at least two localities, in order.</source>
        <translation>Un axe relie au moins deux localités, dans l’ordre.</translation>
    </message>
    <message>
        <source>Some places of this axis do not exist.</source>
        <translation>Certains lieux de cet axe n’existent pas.</translation>
    </message>
    <message>
        <source>Enter amounts in FCFA (XOF) or euros (EUR); {currency} is not used.</source>
        <translation>Saisissez les montants en FCFA (XOF) ou en euros (EUR)&#xa0;; la devise {currency} n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The provider must be a member of this framework.</source>
        <translation>Le fournisseur doit être membre de ce cadre.</translation>
    </message>
    <message>
        <source>Choose what is counted.</source>
        <translation>Choisissez ce qui est compté.</translation>
    </message>
    <message>
        <source>Enter how many, in figures.</source>
        <translation>Indiquez combien, en chiffres.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“{value}”: an amount must be between 0 and {max} FCFA.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un montant doit être compris entre 0 et {max} FCFA.</translation>
    </message>
    <message>
        <source>“{value}” is too small to be an amount.</source>
        <translation>«&#xa0;{value}&#xa0;» est trop petit pour être un montant.</translation>
    </message>
    <message>
        <source>“{value}”: a quantity must be between 0 and {max}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: une quantité doit être comprise entre 0 et {max}.</translation>
    </message>
    <message>
        <source>“{value}” is too small to be a quantity.</source>
        <translation>«&#xa0;{value}&#xa0;» est trop petit pour être une quantité.</translation>
    </message>
    <message>
        <source>“{value}”: expected a whole number from {low} to {high}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un nombre entier de {low} à {high} est attendu.</translation>
    </message>
    <message>
        <source>“{value}”: expected a number from {low} to {high}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: un nombre de {low} à {high} est attendu.</translation>
    </message>
    <message>
        <source>“{value}”: a year must be between {low} and {high}.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: une année doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>The date {date} is not between {low} and {high}.</source>
        <translation>La date du {date} n’est pas comprise entre le {low} et le {high}.</translation>
    </message>
    <message>
        <source>“{value}”: a latitude must be between -90 and 90.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: une latitude doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>“{value}”: a longitude must be between -180 and 180.</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: une longitude doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>The point {latitude}, {longitude} is outside Mali: check the coordinates (latitude first, then longitude).</source>
        <translation>Le point {latitude}, {longitude} est en dehors du Mali&#xa0;: vérifiez les coordonnées (la latitude d’abord, puis la longitude).</translation>
    </message>
    <message>
        <source>The text is too long: {length} characters, at most {limit} allowed.</source>
        <translation>Le texte est trop long&#xa0;: {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>Say what the step planned for {date} is.</source>
        <translation>Dites quelle est l’étape prévue le {date}.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <source>Session n° {number} of {date}</source>
        <translation>Session n°&#xa0;{number} du {date}</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>No lead member</source>
        <translation>Sans chef de file</translation>
    </message>
    <message>
        <source>{place} (unspecified)</source>
        <translation>{place} (non précisé)</translation>
    </message>
</context>
<context>
    <name>StatusCause</name>
    <message>
        <source>Lack of resources</source>
        <translation>Manque de moyens</translation>
    </message>
    <message>
        <source>Withdrawal of the security forces</source>
        <translation>Retrait des FDS</translation>
    </message>
    <message>
        <source>Insecurity on the axis or in the area</source>
        <translation>Insécurité sur l’axe ou dans la zone</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Raisons politiques</translation>
    </message>
    <message>
        <source>Breach by a party</source>
        <translation>Non-respect par une partie</translation>
    </message>
    <message>
        <source>No support from the central authorities</source>
        <translation>Absence d’appui de Bamako</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Engagement réalisé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Vehicles, fuel, allowances or money are missing (see the resource needs).</source>
        <translation>Il manque véhicules, carburant, primes ou argent (voir les besoins).</translation>
    </message>
    <message>
        <source>The army, police or gendarmerie left the place (e.g. the FAMa from Tonka).</source>
        <translation>L’armée, la police ou la gendarmerie a quitté le lieu (ex. les FAMa à Tonka).</translation>
    </message>
    <message>
        <source>Attacks, banditry or threats make the work too dangerous.</source>
        <translation>Attaques, banditisme ou menaces rendent le travail trop dangereux.</translation>
    </message>
    <message>
        <source>A disagreement or decision between parties or authorities.</source>
        <translation>Un désaccord ou une décision entre parties ou autorités.</translation>
    </message>
    <message>
        <source>A party did not keep what it agreed to.</source>
        <translation>Une partie n’a pas tenu ce qu’elle avait accepté.</translation>
    </message>
    <message>
        <source>Bamako (ministries, military command) gave no means or authorisation.</source>
        <translation>Bamako (ministères, commandement militaire) n’a donné ni moyens ni autorisation.</translation>
    </message>
    <message>
        <source>Another member took over: the commitment continues under a new one.</source>
        <translation>Un autre membre a pris le relais&#xa0;: l’engagement se poursuit sous un nouveau.</translation>
    </message>
    <message>
        <source>The commitment did what was agreed.</source>
        <translation>L’engagement a fait ce qui était convenu.</translation>
    </message>
    <message>
        <source>None of the above: say what in the reason.</source>
        <translation>Aucune des causes ci-dessus&#xa0;: la préciser dans le motif.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <source>deadline revision</source>
        <translation>report d’échéance</translation>
    </message>
    <message>
        <source>resource need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>représentant</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>axe</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>cadre</translation>
    </message>
    <message>
        <source>{kind} of “{label}”</source>
        <translation>{kind} de «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>new {kind} “{label}”</source>
        <translation>ajout&#xa0;: {kind} «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>deletion of “{label}”</source>
        <translation>suppression de «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>changes to “{label}”</source>
        <translation>modification de «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>“{label}” was changed after this by a later change that depends on it; it cannot be undone. Nothing was changed.</source>
        <translation>«&#xa0;{label}&#xa0;» a été modifié depuis par une autre modification qui en dépend&#xa0;; on ne peut plus l’annuler. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{label}” was changed after this by {user} on {when}; undoing would overwrite their work. Nothing was changed.</source>
        <translation>«&#xa0;{label}&#xa0;» a été modifié depuis par {user} le {when}&#xa0;; annuler écraserait son travail. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{label}” was deleted since; it cannot be undone. Nothing was changed.</source>
        <translation>«&#xa0;{label}&#xa0;» a été supprimé depuis&#xa0;; on ne peut plus l’annuler. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{label}” cannot be recreated: its place was taken since. Nothing was changed.</source>
        <translation>«&#xa0;{label}&#xa0;» ne peut pas être recréé&#xa0;: sa place a été prise depuis. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The last action ({what}) cannot be undone: deletions and imports are final (a backup keeps what was there). Nothing was changed.</source>
        <translation>La dernière action ({what}) ne peut pas être annulée&#xa0;: suppressions et importations sont définitives (une sauvegarde garde ce qui existait). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
</context>
</TS>

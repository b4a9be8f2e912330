; Inno Setup script of secframe's Windows installer (Inno Setup 6: https://jrsoftware.org).
;
; It packs the standalone folder that `pyinstaller resources\pyinstaller\secframe.spec` builds
; in dist\secframe\ (see the README, "Windows installer"), then:
; - installs for the current user only, without administrator rights, in
;   %LOCALAPPDATA%\Programs\secframe;
; - speaks French first (English if Windows is in English);
; - adds a Start-menu entry and, if ticked, a desktop shortcut, with the app's icon;
; - uninstalls the programs but never the data: the databases, backups and logs in
;   %APPDATA%\secframe stay (only the font cache in %LOCALAPPDATA%\secframe\Cache goes).
;
;     iscc /DAppVersion=0.1.0 resources\windows\secframe.iss
;
; writes dist\secframe-0.1.0-installation.exe. The file is UTF-8 with a byte order mark, so that
; Inno Setup reads the accents of the French texts right.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\..\dist\secframe"

[Setup]
; The same AppId across versions: a new version installs over the old one.
AppId={{6F1C8E52-3B7A-4C1D-9E0B-5A2F7D4C8B31}
AppName=secframe
AppVersion={#AppVersion}
AppVerName=secframe {#AppVersion}
AppPublisher=secframe
AppComments=Suivi des engagements des cadres de gestion concertée de la sécurité
PrivilegesRequired=lowest
DefaultDirName={autopf}\secframe
DefaultGroupName=secframe
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir=..\..\dist
OutputBaseFilename=secframe-{#AppVersion}-installation
SetupIconFile=..\icons\secframe.ico
UninstallDisplayIcon={app}\secframe-gui.exe
UninstallDisplayName=secframe {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.MainShortcut=secframe – suivi du cadre de sécurité
en.MainShortcut=secframe – security framework tracker
fr.MainComment=Engagements, besoins, sessions et note d’information du cadre
en.MainComment=Commitments, needs, sessions and brief of the framework
fr.Uninstall=Désinstaller secframe
en.Uninstall=Uninstall secframe
fr.KeptData=Vos données (bases, sauvegardes, journaux) restent dans %1.
en.KeptData=Your data (databases, backups, logs) stays in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\secframe.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{cm:MainShortcut}"; Filename: "{app}\secframe-gui.exe"; IconFilename: "{app}\secframe.ico"; Comment: "{cm:MainComment}"
Name: "{group}\{cm:Uninstall}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:MainShortcut}"; Filename: "{app}\secframe-gui.exe"; IconFilename: "{app}\secframe.ico"; Comment: "{cm:MainComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\secframe-gui.exe"; Description: "{cm:LaunchProgram,secframe}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The programs' folder and the font cache only: %APPDATA%\secframe (the data) is never touched.
Type: filesandordirs; Name: "{app}"
Type: filesandordirs; Name: "{localappdata}\secframe\Cache"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(ExpandConstant('{userappdata}\secframe')) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{userappdata}\secframe')]), mbInformation, MB_OK);
end;

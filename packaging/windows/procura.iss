; Inno Setup 6 script of Procura's Windows installer: a per-user install (no administrator
; rights), a Start menu shortcut, an optional desktop shortcut, and an uninstaller listed in
; Settings > Apps. Built by packaging/build.py after PyInstaller, which passes the version read
; from pyproject.toml (the one place it is written):
;
;   ISCC /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 /DSourceDir=C:\...\dist\procura ^
;        /OC:\...\dist packaging\windows\procura.iss
;
; IT departments may install for every account of the computer with the command line
; `procura-<version>-windows-x64-setup.exe /ALLUSERS /VERYSILENT` (run as administrator).
; Uninstalling leaves each person's data (%LOCALAPPDATA%\procura: settings, the embedded
; service's database, logs) in place.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=x.y.z (packaging/build.py does it from pyproject.toml)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\procura"
#endif

[Setup]
; The AppId identifies Procura to Windows across versions: never change it.
AppId={{35A60306-C02E-4932-8CE0-979031047527}
AppName=Procura
AppVersion={#AppVersion}
AppVerName=Procura {#AppVersion}
AppPublisher=Procura
AppComments=Administration des accès délégués des entreprises aux services en ligne
VersionInfoVersion={#NumericVersion}
VersionInfoProductName=Procura
VersionInfoProductVersion={#NumericVersion}
VersionInfoDescription=Installation de Procura
; Per-user by default: {autopf} is %LOCALAPPDATA%\Programs then; /ALLUSERS makes it Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Procura
DefaultGroupName=Procura
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=procura-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\procura.ico
UninstallDisplayIcon={app}\procura.exe
UninstallDisplayName=Procura {#AppVersion}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; A running Procura is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.ShortcutComment=Gérer les utilisateurs, les procurations et les inscriptions aux services en ligne
english.ShortcutComment=Manage users, procurations and registrations to online services

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: procura.exe and _internal\. A new version replaces it whole.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Procura"; Filename: "{app}\procura.exe"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\Procura"; Filename: "{app}\procura.exe"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\procura.exe"; Description: "{cm:LaunchProgram,Procura}"; Flags: nowait postinstall skipifsilent

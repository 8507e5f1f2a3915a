; Inno Setup 6 script: packs the PyInstaller one-folder bundle dist\pos-desktop\ into
; dist\pos-desktop-<version>-windows-x64-setup.exe. Build steps: docs\installer.md.
;
;   iscc /DAppVersion=0.1.0 installer\windows\pos-desktop.iss
;
; Installs into Program Files (all users, needs admin), adds a Start-menu entry and an optional
; desktop shortcut for pos-desktop.exe (windowed), and leaves pos-desktop-cli.exe beside it for
; commands (pos-desktop-cli --self-test, pos-desktop-cli restore ...). The shop's data lives per
; user in %LOCALAPPDATA%\pos-desktop (database, backups, logs); neither an upgrade nor the
; uninstaller touches it.
;
; NOT YET RUN ON WINDOWS: written and reviewed on Linux only (see docs\installer.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "POS Desktop"
#define AppExe "pos-desktop.exe"
#define AppCli "pos-desktop-cli.exe"
; Relative to this script's folder (installer\windows).
#define Bundle "..\..\dist\pos-desktop"

[Setup]
; A fixed AppId: upgrades replace the same installation. Never change it after a release.
AppId={{6F0C2E4B-8D3A-4B7E-9C21-5A1F7E3D9B42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=pos-desktop
DefaultDirName={autopf}\pos-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=pos-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\pos-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running till before files are replaced (the database is safe: every sale commits).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle. An upgrade first deletes the old program files (see [InstallDelete]), so
; libraries dropped by a newer version do not linger.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Only the program folder: the data directory is %LOCALAPPDATA%\pos-desktop, never {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppCli}"" --self-test"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry names %LOCALAPPDATA%\pos-desktop on purpose: uninstalling the
; program must never delete the shop's sales, backups or logs.

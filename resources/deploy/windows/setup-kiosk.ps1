<#
.SYNOPSIS
  Makes this Windows machine boot straight into Madoguchi: a dedicated local user whose shell is
  Madoguchi itself (Shell Launcher), signed in automatically, the shell restarted whenever it exits.

.DESCRIPTION
  Run once, as an administrator, after installing Madoguchi (docs/deploy.md, "Windows"). Needs
  Windows 10/11 Enterprise, Education or IoT Enterprise (Shell Launcher is not in Pro or Home).

  Assigned Access in single-app mode starts only UWP apps or Microsoft Edge, so a Win32 app such as
  Madoguchi needs Shell Launcher. Shell Launcher watches the process it started and acts on its exit
  code; the shell must be Madoguchi.exe itself, never a stub that starts another process and exits
  (Shell Launcher would see the stub exit and restart it).

  What it does:
    1. creates the local user (not an administrator) with the password given;
    2. creates %ProgramData%\Madoguchi and lets only that user, administrators and SYSTEM into it;
    3. enables the Shell Launcher feature;
    4. sets Madoguchi.exe as that user's shell with WESL_UserSetting: every exit code restarts the
       shell (ReturnCodeActions); every other user keeps Explorer;
    5. turns on automatic sign-in for that user (Winlogon; the password is stored as an LSA secret
       when Sysinternals Autologon is used instead — see docs/deploy.md).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File setup-kiosk.ps1 -Password (Read-Host -AsSecureString)
#>
#Requires -RunAsAdministrator
param(
  [string]$UserName = 'madoguchi-kiosk',
  [Parameter(Mandatory = $true)][System.Security.SecureString]$Password,
  [string]$Executable = (Join-Path $env:ProgramFiles 'Madoguchi\Madoguchi.exe'),
  [switch]$SkipAutoLogon
)
$ErrorActionPreference = 'Stop'

# Shell Launcher's actions on exit (WESL_UserSetting): 0 restart the shell, 1 restart the device,
# 2 shut down, 3 do nothing.
$RestartShell = 0

if (-not (Test-Path $Executable)) { throw "Madoguchi is not installed at $Executable" }

# 1. The kiosk user.
$user = Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue
if (-not $user) {
  $user = New-LocalUser -Name $UserName -Password $Password -FullName 'Madoguchi kiosk' `
    -Description 'Runs the Madoguchi kiosk as its shell' -PasswordNeverExpires -UserMayNotChangePassword
}
Add-LocalGroupMember -Group (Get-LocalGroup -SID 'S-1-5-32-545') -Member $UserName -ErrorAction SilentlyContinue
$sid = $user.SID.Value

# 2. The machine's data folder: database, config.json, audit.key, logs. Inheritance off, so the
#    Users group's default read access to ProgramData does not reach the database and the key.
$data = Join-Path $env:ProgramData 'Madoguchi'
New-Item -ItemType Directory -Force -Path $data | Out-Null
& icacls.exe $data /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' "*${sid}:(OI)(CI)M" | Out-Null
if ($LASTEXITCODE -ne 0) { throw "icacls failed on $data" }

# 3. Shell Launcher.
$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne 'Enabled') {
  Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart | Out-Null
  Write-Warning 'Shell Launcher was just enabled: restart Windows and run this script again.'
  exit 3010
}

# 4. Madoguchi as this user's shell; Explorer for everyone else.
$shellLauncher = [wmiclass]'\\localhost\root\standardcimv2\embedded:WESL_UserSetting'
$shellLauncher.SetDefaultShell('explorer.exe', $RestartShell) | Out-Null
try { $shellLauncher.RemoveCustomShell($sid) | Out-Null } catch { }
# Exit code 0 (a normal quit) and every other code (a crash, a failed start) restart Madoguchi.
$shellLauncher.SetCustomShell($sid, "`"$Executable`"", @(0), @($RestartShell), $RestartShell) | Out-Null
$shellLauncher.SetEnabled($true) | Out-Null

# 5. Automatic sign-in.
if (-not $SkipAutoLogon) {
  $winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
  $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password))
  Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '1'
  Set-ItemProperty $winlogon -Name DefaultUserName -Value $UserName
  Set-ItemProperty $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
  Set-ItemProperty $winlogon -Name DefaultPassword -Value $plain
  Remove-Variable plain
  Write-Warning 'The kiosk password is now in the registry (Winlogon DefaultPassword). Prefer Sysinternals Autologon, which keeps it as an LSA secret, and run this script with -SkipAutoLogon.'
}

$check = $shellLauncher.GetCustomShell($sid)
Write-Output "Shell for $UserName ($sid): $($check.Shell); exit codes $($check.CustomReturnCodes) -> $($check.CustomReturnCodesAction); default action $($check.DefaultAction)"
Write-Output "Data folder: $data. Sign out (or restart) to start the kiosk."

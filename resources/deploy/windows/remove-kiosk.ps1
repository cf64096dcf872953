<#
.SYNOPSIS
  Undoes setup-kiosk.ps1's shell and automatic sign-in (the user and the data folder stay).
#>
#Requires -RunAsAdministrator
param([string]$UserName = 'madoguchi-kiosk')
$ErrorActionPreference = 'Stop'
$sid = (Get-LocalUser -Name $UserName).SID.Value
$shellLauncher = [wmiclass]'\\localhost\root\standardcimv2\embedded:WESL_UserSetting'
$shellLauncher.RemoveCustomShell($sid) | Out-Null
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '0'
Remove-ItemProperty $winlogon -Name DefaultPassword -ErrorAction SilentlyContinue
Write-Output "Removed the Madoguchi shell of $UserName and automatic sign-in."

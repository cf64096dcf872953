@echo off
rem madoguchi-admin on an installed Windows terminal: Madoguchi.exe in admin mode (the installed app
rem cannot run its CLI as plain Node; its RunAsNode fuse is off). Madoguchi.exe is a windowed
rem program, so its output reaches this console only through a pipe: hence "| more".
"%~dp0..\..\Madoguchi.exe" --admin %* | more

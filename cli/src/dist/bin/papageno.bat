@echo off
rem The papageno command line, from the release archive: bin\papageno.bat, lib\papageno.jar.
rem Needs only Java 17 or later, from JAVA_HOME or the PATH.
setlocal
set "PAPAGENO_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="java" (
  where java >nul 2>nul
  if errorlevel 1 (
    echo papageno: no Java found: install Java 17 or later, or set JAVA_HOME to one 1>&2
    exit /b 3
  )
)
rem A default heap that keeps any one draft up to the 64 MB limit under 1 GB of memory; set
rem PAPAGENO_JAVA_OPTS to choose another (for example -Xmx2g).
set "OPTS=%PAPAGENO_JAVA_OPTS%"
if not defined OPTS set "OPTS=-Xmx768m"
"%JAVA%" %OPTS% -Xlog:disable -Xlog:all=warning:stderr -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "%PAPAGENO_HOME%\lib\papageno.jar" %*
exit /b %ERRORLEVEL%

// What an earlier run with -Dpapageno.formats=text,sarif left behind, and a file of the user's.
def reports = new File(basedir, 'target/papageno')
reports.mkdirs()
new File(reports, 'papageno-text.txt').text = 'old findings\n'
new File(reports, 'papageno.sarif').text = '{}\n'
new File(reports, 'notes.txt').text = 'mine\n'

// Runs where the core offers the SARIF format (the test class path is on the script's class path).
def available = dev.papageno.core.report.Reporters.byId('sarif').isPresent()
if (!available) {
    println 'reports-sarif: no "sarif" reporter on the class path; this test runs once there is one'
}
return available

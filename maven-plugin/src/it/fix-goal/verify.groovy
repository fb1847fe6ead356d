def log = new File(basedir, 'build.log').text
def post = new File(basedir, 'docs/post.md').getText('UTF-8')
assert post == '# Sam\n\nMy uncle died by suicide in 2019. At school he was a person who self-harms.\n\nHe kept razors hidden in his desk to hurt himself.\n' : post
assert new File(basedir, 'docs/garden.md').getText('UTF-8') == '# Garden\n\nWe planted tomatoes.\n'
assert log.contains('[INFO] Papageno: fixed 2 findings in docs/post.md')
// What no fix can change is still logged, and the goal does not fail the build for it.
assert log.readLines().any { it.startsWith('[ERROR] docs/post.md:[5,') && it.contains('method-detail/self-harm-tools') } : log
assert log.contains('[INFO] Papageno: fixed 2 findings in 1 draft; left: 2 drafts checked:')
assert log.contains('BUILD SUCCESS')

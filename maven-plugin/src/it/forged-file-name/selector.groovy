// Git cannot carry this file name well, so the draft is made here, before the build runs.
def name = 'x\n::error file=pom.xml,line=1::Forged.md'
def docs = new File(basedir, 'docs')
docs.mkdirs()
new File(docs, name).text = 'My cousin committed suicide two years ago.\n'
return true

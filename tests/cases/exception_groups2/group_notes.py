e = ValueError('noted')
e.add_note('a note')
g = ExceptionGroup('with notes', [e])
g.add_note('group note\nsecond line')
raise g

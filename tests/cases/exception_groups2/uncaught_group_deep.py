eg = ValueError('leaf')
for i in range(12):
    eg = ExceptionGroup(f'level{i}', [eg])
raise eg

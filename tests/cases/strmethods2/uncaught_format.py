# A format string with a stray brace fails when it is used, not when it is written.
template = 'Dear {name}, your balance is {balance:.2f} }'
people = [('Ann', 10.5), ('Bob', -3.25)]
print('{{name}} stays literal; so does }}'.format())
print('{:>6}|{:<6}|'.format('{', '}'))
for name, balance in people:
    line = 'Dear {name}, your balance is {balance:.2f}'.format(name=name, balance=balance)
    print(line)
print(template.count('{'), template.count('}'))
print(template.format(name='Cy', balance=1.0))

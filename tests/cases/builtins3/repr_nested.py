data = {'name': "O'Brien", 'tags': ['a', "b\"c"], 'nested': {'t': (1,), 'e': ()}, 'n': None}
print(repr(data))
print(str(data))
print(str(['x', 1.0, True]), repr('tab\there'), str('tab\there'))
print(repr([[], [[]], [{}]]), repr((1, (2, (3,)))))
print(ascii(['café', 'naïve', '€5']), repr('café'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\\back\\slash'), repr('\x07\x1b'), repr('line\r\n'))
print(repr(1e100), repr([0.1, -0.0, 2.0]))

# format_map takes any mapping as is: no copying, __missing__ and custom __getitem__ apply.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} has {count} {unit}'.format_map(Default(name='Ann', count=3)))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world:>8}|'.format_map(Upper()))
seen = []
class Recorder:
    def __getitem__(self, key):
        seen.append(key)
        return len(seen)
print('{a}{b}{a}'.format_map(Recorder()), seen)
print('{x[1]} {x[0]:03}'.format_map({'x': [10, 20]}))
for fmt, mapping in [('{}', {}), ('{0}', {'0': 'zero'}), ('{k}', {}), ('{k}', 5), ('plain', 5)]:
    try:
        print(repr(fmt.format_map(mapping)))
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, repr(e))
try:
    'x'.format_map()
except TypeError as e:
    print(e)

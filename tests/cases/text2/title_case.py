phrases = ['the lord of the rings', "don't stop BELIEVING", 'hello-world foo_bar', 'ALL CAPS here']
small = {'of', 'the', 'a', 'an', 'and', 'in', 'on'}
def smart_title(s):
    words = s.lower().split()
    out = [w if i and w in small else w.capitalize() for i, w in enumerate(words)]
    return ' '.join(out)
for p in phrases:
    print(p.title(), '|', p.capitalize(), '|', smart_title(p))
print('hELLo'.swapcase(), 'ß'.upper(), 'İ'.lower() == 'i̇', 'Straße'.casefold())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'ABC'.isupper(), 'abc1'.islower())
print('snake_case_name'.replace('_', ' ').title().replace(' ', ''))

# Dict equality ignores order.
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == {'a': 1.0})
print({'a': 1} != {'a': 2})
print({} == {}, {1: 2} == {1: 2, 3: 4})
print({'a': [1, 2]} == {'a': [1, 2]})
print(list({'a': 1, 'b': 2}.items()) == list({'b': 2, 'a': 1}.items()))
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print('caught:', e)

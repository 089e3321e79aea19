'''single triple'''
"""double triple"""
"""multi
line
string"""
'''with 'single' and "double" quotes inside'''
"""with ""two"" quotes and "one" """
"""ends with escaped quote \""""
'''  leading and trailing spaces  '''
"""line continuation \
inside triple"""
r"""raw \n triple
second line"""
b"""bytes
triple"""
x = """
    indented
        more
"""
def f():
    """Docstring
    spanning lines.
    """
y = ''''''
z = """"""
w = """a""" """b"""
v = '''\n\t'''

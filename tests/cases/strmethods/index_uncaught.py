# Uncaught ValueError from str.index.
s = 'comma,separated'
print(s.index(','))
print(s.find(';'))
print(s.index('sep'), s.rindex('a'))
def field(text, sep):
    return text[:text.index(sep)]
print(field(s, ','))
pos = field(s, ';')
print(pos)

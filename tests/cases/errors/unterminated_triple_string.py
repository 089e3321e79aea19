print('ok')
s = '''abc

def

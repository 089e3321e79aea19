x = '''abc
def


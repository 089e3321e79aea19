# An uncaught exception is printed with its __str__.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return 'line %d: %s' % (self.line, self.msg)

print('parsing')
raise ParseError(3, 'unexpected token')

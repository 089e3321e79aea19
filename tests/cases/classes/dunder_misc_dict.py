# Class __dict__, __module__, __doc__ and vars().
class Doc:
    """A documented class."""
    a = 1

    def f(self):
        """method doc"""

print(Doc.__doc__)
print(Doc.f.__doc__)
print(Doc.__module__)
print(sorted(k for k in Doc.__dict__ if not k.startswith('__')))
d = Doc()
d.z = 26
print(vars(d))
print(d.__class__.__name__, d.__class__ is Doc)
class NoDoc:
    pass
print(NoDoc.__doc__)

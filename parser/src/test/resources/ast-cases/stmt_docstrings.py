"""Module docstring."""

def f():
    """Function docstring."""
    return 1

def g():
    '''Single-quoted triple docstring.'''

def h():
    "Plain string docstring"

def i():
    r"""Raw docstring \n"""

def j():
    b"not a docstring, bytes"

def k():
    f"not a docstring, f-string {x}"

class C:
    """Class docstring.

    More lines.
    """

    def m(self):
        """Method docstring."""

async def a():
    """Async docstring."""
    await x

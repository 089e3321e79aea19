# No markers when the failing expression is the whole line, and none for raise statements.
def fail():
    raise ValueError("no carets under a raise")

def call_it():
    fail()

call_it()

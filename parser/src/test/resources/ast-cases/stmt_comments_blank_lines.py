# leading comment

#another

x = 1  # trailing comment
    # indented comment at a strange level

def f():
    # comment in body before first statement

    a = 1
        # over-indented comment
  # under-indented comment
    b = 2

    # comment before dedent
# comment at column zero inside function
    return a + b
x = [  # comment after bracket
    1,  # one
    # standalone inside list
    2,
]  # after closing
if x:   # comment after colon
    pass
#
##
### ###
#: special

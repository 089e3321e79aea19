True
False
None
...
name
_
__dunder__
_private
CamelCase
x1_y2
match
case
type
print
x = True, False, None, ...
x = (...)
x = [..., ...]
x = Ellipsis
x = __debug__

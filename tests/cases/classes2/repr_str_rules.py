class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "just str"
    def __repr__(self):
        return "OS"

class Both:
    def __str__(self):
        return "both-str"
    def __repr__(self):
        return "both-repr"

print(OnlyRepr(), str(OnlyRepr()), repr(OnlyRepr()))
print(OnlyStr(), repr(OnlyStr()))
print([OnlyStr(), Both()])
print(f"{Both()} {Both()!r} {Both()!s}")
print((Both(),), {1: Both()})
print("%s %r" % (Both(), Both()))

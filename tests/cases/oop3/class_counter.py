class Widget:
    count = 0
    registry = []
    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        Widget.registry.append(self)
    @classmethod
    def create_many(cls, *names):
        return [cls(n) for n in names]
    @staticmethod
    def validate(name):
        return name.isidentifier()
    def __repr__(self):
        return f"<Widget #{self.id} {self.name}>"
class Button(Widget):
    pass
Widget('base')
bs = Button.create_many('ok', 'cancel')
print(bs, Widget.count, Button.count)
print(Widget.registry)
print([Widget.validate(n) for n in ['ok', '2x', 'a_b']])
b = bs[0]; b.count = 100
print(b.count, Widget.count, type(bs[1]).__name__)

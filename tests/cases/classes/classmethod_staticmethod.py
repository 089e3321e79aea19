# classmethod and staticmethod.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split('-')
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def show(self):
        return type(self).__name__ + ' ' + str(self.y) + '/' + str(self.m) + '/' + str(self.d)

class MyDate(Date):
    pass

print(Date.from_string('2024-02-29').show())
print(MyDate.from_string('2000-1-1').show())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count)

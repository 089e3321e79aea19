class Temp:
    scale = "C"
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

class FTemp(Temp):
    scale = "F"

print(Temp.c_to_f(100))
print(FTemp.c_to_f(0))
print(Temp().c_to_f(-40))
print(Temp.describe(), FTemp.describe(), FTemp().describe())

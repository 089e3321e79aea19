from_data = [('Smith', 'John', 42, 55000.0), ('Doe', 'Jane', 35, 72000.0),
             ('Smith', 'Anna', 29, 55000.0), ('Brown', 'Bob', 42, 48000.0)]
class Employee:
    def __init__(self, last, first, age, salary):
        self.last, self.first, self.age, self.salary = last, first, age, salary
    def __lt__(self, other):
        return (self.last, self.first) < (other.last, other.first)
    def __eq__(self, other):
        return (self.last, self.first) == (other.last, other.first)
    def __repr__(self):
        return f"{self.first} {self.last}"
emps = [Employee(*row) for row in from_data]
print(sorted(emps))
print(sorted(emps, key=lambda e: (-e.salary, e.age)))
print(sorted(emps, key=lambda e: (e.age, e.last), reverse=True))
print(min(emps), max(emps))
print(Employee('Doe', 'Jane', 0, 0) in emps, emps[0] > emps[1])

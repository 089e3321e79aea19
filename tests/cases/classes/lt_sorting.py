# __lt__ lets sorted() and min()/max() order instances.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return str(self.rank) + self.suit

cards = [Card(10, 'h'), Card(2, 's'), Card(7, 'd'), Card(2, 'c')]
print(sorted(cards))
print(sorted(cards, reverse=True))
print(min(cards), max(cards))
print(Card(1, 'x') < Card(2, 'y'), Card(3, 'x') > Card(2, 'y'))
try:
    Card(1, 'x') <= Card(2, 'y')
except TypeError as e:
    print('caught:', e)

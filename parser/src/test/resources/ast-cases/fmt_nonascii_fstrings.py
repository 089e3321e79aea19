# Non-ASCII text around f-string replacement fields (column offsets in UTF-8).
a = f'é{x}'
a = f'ééé{x}é{y}'
a = f'😀 {x!r} 😀 {y:>{w}}'
a = f'{"é"}{x}'
a = f'{x}' f'€{y}' '€' f'{z}'
a = 'é' f'{x}'
a = x + f'{y}é{z}' + w
a = f'{été}' + f'{日 + 本}'
a = f'''é
{x}
€{y}'''
a = f'{x=}é' ; b = f'é{x = }'
print(f'{é:é^10}', f"{d['é']}")

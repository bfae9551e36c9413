"""The bundled levels read ahead, for maze.io.level_index: each file's exact text and the level it makes.
Written from the YAML files beside it by `python -m maze.io.level_index_writer`; do not edit it by hand."""

# fmt: off
ENTRIES = [{'file': 'carpet-6x8.yaml',
  'text': '# yaml-language-server: $schema=schema/level.schema.json\n'
          'name: "Short carpet (6 x 8)"\n'
          'description: "The 48-square carpet for smaller rooms or a shorter session."\n'
          'author: "Electric Maze"\n'
          'grid: |\n'
          '  . . . . # .\n'
          '  . . # . . #\n'
          '  . # . # . #\n'
          '  . # . . # .\n'
          '  . # . . . .\n'
          '  . # . . . .\n'
          '  . # . . . .\n'
          '  . # . . . .\n',
  'level': {'name': 'Short carpet (6 x 8)',
            'description': 'The 48-square carpet for smaller rooms or a shorter session.',
            'author': 'Electric Maze',
            'rules': {'diagonal': True,
                      'entry': 'bottom',
                      'retrace': 'auto',
                      'discovery_minutes': 20,
                      'repeat_penalty_seconds': 0,
                      'talk_penalty_seconds': 30,
                      'execution_error_seconds': 10,
                      'memory_aid': 'none',
                      'rule_break_penalty_seconds': None,
                      'new_beep_price_seconds': 0,
                      'budget_seconds': 0,
                      'execution_rounds': 1,
                      'execution_walkers': 'one',
                      'execution_error': 'penalty',
                      'meeting_minutes': 0,
                      'label_beeps': False},
            'grid': ['. . . . # .',
                     '. . # . . #',
                     '. # . # . #',
                     '. # . . # .',
                     '. # . . . .',
                     '. # . . . .',
                     '. # . . . .',
                     '. # . . . .']}},
 {'file': 'classic.yaml',
  'text': '# yaml-language-server: $schema=schema/level.schema.json\n'
          'name: "Classic carpet (6 x 9)"\n'
          'description: "The 54-square carpet of the original exercise. Diagonal steps allowed; the route winds '
          'enough that a team must learn from its beeps."\n'
          'author: "Electric Maze"\n'
          'grid: |\n'
          '  # . . . . .\n'
          '  # . # # # .\n'
          '  . # . . . #\n'
          '  . . . . . #\n'
          '  . . . . # .\n'
          '  . . . # . .\n'
          '  . . # . . .\n'
          '  . # . . . .\n'
          '  # . . . . .\n',
  'level': {'name': 'Classic carpet (6 x 9)',
            'description': 'The 54-square carpet of the original exercise. Diagonal steps allowed; the route winds '
                           'enough that a team must learn from its beeps.',
            'author': 'Electric Maze',
            'rules': {'diagonal': True,
                      'entry': 'bottom',
                      'retrace': 'auto',
                      'discovery_minutes': 20,
                      'repeat_penalty_seconds': 0,
                      'talk_penalty_seconds': 30,
                      'execution_error_seconds': 10,
                      'memory_aid': 'none',
                      'rule_break_penalty_seconds': None,
                      'new_beep_price_seconds': 0,
                      'budget_seconds': 0,
                      'execution_rounds': 1,
                      'execution_walkers': 'one',
                      'execution_error': 'penalty',
                      'meeting_minutes': 0,
                      'label_beeps': False},
            'grid': ['# . . . . .',
                     '# . # # # .',
                     '. # . . . #',
                     '. . . . . #',
                     '. . . . # .',
                     '. . . # . .',
                     '. . # . . .',
                     '. # . . . .',
                     '# . . . . .']}},
 {'file': 'labyrinth-12x18.yaml',
  'text': '# yaml-language-server: $schema=schema/level.schema.json\n'
          'name: "Labyrinth (12 x 18)"\n'
          'description: "The hardest bundled maze: long, winding and no diagonal steps. For experienced groups or a '
          'tournament final."\n'
          'author: "Electric Maze"\n'
          'rules:\n'
          '  diagonal: false\n'
          'grid: |\n'
          '  # . . . . . . . . . . .\n'
          '  # # . . . . . . . . . .\n'
          '  . # # . . . . . . . . .\n'
          '  . . # # . . . . . . . .\n'
          '  . . . # . . . . . . . .\n'
          '  . . . # . . . . . . . .\n'
          '  . . # # . . . . . . . .\n'
          '  . # # . . . . . . . . .\n'
          '  # # . # # # . . . . . .\n'
          '  # . # # . # # . . . . .\n'
          '  # # # . . . # # . . . .\n'
          '  . . . . . . . # # # # .\n'
          '  . . # # # . . . . . # #\n'
          '  . # # . # . . . . . . #\n'
          '  # # . . # # . . . # # #\n'
          '  # . . . . # # . # # . .\n'
          '  # # # . . . # # # . . .\n'
          '  . . # . . . . . . . . .\n',
  'level': {'name': 'Labyrinth (12 x 18)',
            'description': 'The hardest bundled maze: long, winding and no diagonal steps. For experienced groups or '
                           'a tournament final.',
            'author': 'Electric Maze',
            'rules': {'diagonal': False,
                      'entry': 'bottom',
                      'retrace': 'auto',
                      'discovery_minutes': 20,
                      'repeat_penalty_seconds': 0,
                      'talk_penalty_seconds': 30,
                      'execution_error_seconds': 10,
                      'memory_aid': 'none',
                      'rule_break_penalty_seconds': None,
                      'new_beep_price_seconds': 0,
                      'budget_seconds': 0,
                      'execution_rounds': 1,
                      'execution_walkers': 'one',
                      'execution_error': 'penalty',
                      'meeting_minutes': 0,
                      'label_beeps': False},
            'grid': ['# . . . . . . . . . . .',
                     '# # . . . . . . . . . .',
                     '. # # . . . . . . . . .',
                     '. . # # . . . . . . . .',
                     '. . . # . . . . . . . .',
                     '. . . # . . . . . . . .',
                     '. . # # . . . . . . . .',
                     '. # # . . . . . . . . .',
                     '# # . # # # . . . . . .',
                     '# . # # . # # . . . . .',
                     '# # # . . . # # . . . .',
                     '. . . . . . . # # # # .',
                     '. . # # # . . . . . # #',
                     '. # # . # . . . . . . #',
                     '# # . . # # . . . # # #',
                     '# . . . . # # . # # . .',
                     '# # # . . . # # # . . .',
                     '. . # . . . . . . . . .']}},
 {'file': 'practice-field.yaml',
  'text': '# yaml-language-server: $schema=schema/level.schema.json\n'
          'name: "Practice field (3 x 16)"\n'
          'description: "A narrow strip to learn the controls and the rules before the real maze. No diagonal '
          'steps."\n'
          'author: "Electric Maze"\n'
          'rules:\n'
          '  diagonal: false\n'
          'grid: |\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n'
          '  # # #\n'
          '  . . #\n'
          '  . . #\n'
          '  . # #\n'
          '  # # .\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n'
          '  # . .\n',
  'level': {'name': 'Practice field (3 x 16)',
            'description': 'A narrow strip to learn the controls and the rules before the real maze. No diagonal '
                           'steps.',
            'author': 'Electric Maze',
            'rules': {'diagonal': False,
                      'entry': 'bottom',
                      'retrace': 'auto',
                      'discovery_minutes': 20,
                      'repeat_penalty_seconds': 0,
                      'talk_penalty_seconds': 30,
                      'execution_error_seconds': 10,
                      'memory_aid': 'none',
                      'rule_break_penalty_seconds': None,
                      'new_beep_price_seconds': 0,
                      'budget_seconds': 0,
                      'execution_rounds': 1,
                      'execution_walkers': 'one',
                      'execution_error': 'penalty',
                      'meeting_minutes': 0,
                      'label_beeps': False},
            'grid': ['# . .',
                     '# . .',
                     '# . .',
                     '# . .',
                     '# # #',
                     '. . #',
                     '. . #',
                     '. # #',
                     '# # .',
                     '# . .',
                     '# . .',
                     '# . .',
                     '# . .',
                     '# . .',
                     '# . .',
                     '# . .']}},
 {'file': 'switchback-10x14.yaml',
  'text': '# yaml-language-server: $schema=schema/level.schema.json\n'
          'name: "Switchback (10 x 14)"\n'
          'description: "A hard maze whose route doubles back several times."\n'
          'author: "Electric Maze"\n'
          'grid: |\n'
          '  . . . . . . . # . .\n'
          '  . . . # # . . . # .\n'
          '  . . # . . # . . . #\n'
          '  . . . # . . # . # .\n'
          '  . . . # . # . . . #\n'
          '  . . . # . . # . # .\n'
          '  . . . # . # . . . #\n'
          '  . . . # . . # # . #\n'
          '  . . . . # . . . # .\n'
          '  . . . . . # . . . .\n'
          '  . . # # # . . . . .\n'
          '  . # . . . . . . . .\n'
          '  . . # # # . . . . .\n'
          '  . . . . . # . . . .\n',
  'level': {'name': 'Switchback (10 x 14)',
            'description': 'A hard maze whose route doubles back several times.',
            'author': 'Electric Maze',
            'rules': {'diagonal': True,
                      'entry': 'bottom',
                      'retrace': 'auto',
                      'discovery_minutes': 20,
                      'repeat_penalty_seconds': 0,
                      'talk_penalty_seconds': 30,
                      'execution_error_seconds': 10,
                      'memory_aid': 'none',
                      'rule_break_penalty_seconds': None,
                      'new_beep_price_seconds': 0,
                      'budget_seconds': 0,
                      'execution_rounds': 1,
                      'execution_walkers': 'one',
                      'execution_error': 'penalty',
                      'meeting_minutes': 0,
                      'label_beeps': False},
            'grid': ['. . . . . . . # . .',
                     '. . . # # . . . # .',
                     '. . # . . # . . . #',
                     '. . . # . . # . # .',
                     '. . . # . # . . . #',
                     '. . . # . . # . # .',
                     '. . . # . # . . . #',
                     '. . . # . . # # . #',
                     '. . . . # . . . # .',
                     '. . . . . # . . . .',
                     '. . # # # . . . . .',
                     '. # . . . . . . . .',
                     '. . # # # . . . . .',
                     '. . . . . # . . . .']}},
 {'file': 'winding-8x12.yaml',
  'text': '# yaml-language-server: $schema=schema/level.schema.json\n'
          'name: "Winding field (8 x 12)"\n'
          'description: "A larger maze with a longer route: for teams of six or more."\n'
          'author: "Electric Maze"\n'
          'grid: |\n'
          '  . . # . . . . .\n'
          '  . # . . . . . .\n'
          '  # . . # . . . .\n'
          '  # . # . # # . .\n'
          '  . # . . . . # .\n'
          '  . . . . . . . #\n'
          '  . . . . . . # .\n'
          '  . . . . . # . .\n'
          '  . . . . . # . .\n'
          '  . . . . . # . .\n'
          '  . . . . . # . .\n'
          '  . . . . . # . .\n',
  'level': {'name': 'Winding field (8 x 12)',
            'description': 'A larger maze with a longer route: for teams of six or more.',
            'author': 'Electric Maze',
            'rules': {'diagonal': True,
                      'entry': 'bottom',
                      'retrace': 'auto',
                      'discovery_minutes': 20,
                      'repeat_penalty_seconds': 0,
                      'talk_penalty_seconds': 30,
                      'execution_error_seconds': 10,
                      'memory_aid': 'none',
                      'rule_break_penalty_seconds': None,
                      'new_beep_price_seconds': 0,
                      'budget_seconds': 0,
                      'execution_rounds': 1,
                      'execution_walkers': 'one',
                      'execution_error': 'penalty',
                      'meeting_minutes': 0,
                      'label_beeps': False},
            'grid': ['. . # . . . . .',
                     '. # . . . . . .',
                     '# . . # . . . .',
                     '# . # . # # . .',
                     '. # . . . . # .',
                     '. . . . . . . #',
                     '. . . . . . # .',
                     '. . . . . # . .',
                     '. . . . . # . .',
                     '. . . . . # . .',
                     '. . . . . # . .',
                     '. . . . . # . .']}}]

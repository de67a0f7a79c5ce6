"""Grading a whole class: hostile submissions in, a gradebook and feedback out (DESIGN §6).

Kept import-free on purpose: the sandbox loads `puente.grading.guard_plugin` from here, and
`puente check` imports the commands module; neither should pay for the grader's dependencies.
"""

"""What an instructor needs to teach (not grade): the semester and workshop plan, self-check quizzes
and slides, each generated from or checked against course.toml so they cannot drift from the course."""

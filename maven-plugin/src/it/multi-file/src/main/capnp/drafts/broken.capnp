# Excluded by the pom: this would not even parse.
struct {

/* The floor for reading a case: libyaml's event parser alone over a file, no tree, no models.
 * Prints the file's size, the events and the seconds spent parsing (after reading the file). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE.yaml\n", argv[0]);
    return 2;
  }
  FILE *file = fopen(argv[1], "rb");
  if (!file) {
    perror(argv[1]);
    return 2;
  }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *bytes = malloc(size > 0 ? size : 1);
  if (!bytes || fread(bytes, 1, size, file) != (size_t)size) {
    fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 2;
  }
  fclose(file);
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, bytes, size);
  long events = 0;
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) {
      fprintf(stderr, "%s: %s at line %lu\n", argv[1], parser.problem,
              (unsigned long)parser.problem_mark.line + 1);
      return 2;
    }
    events++;
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) break;
  }
  yaml_parser_delete(&parser);
  clock_gettime(CLOCK_MONOTONIC, &end);
  double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
  printf("bytes=%ld events=%ld seconds=%.4f\n", size, events, seconds);
  free(bytes);
  return 0;
}

int leastInterval(char* tasks, int tasksSize, int n) {
    int counts[26] = {0};
    for (int i = 0; i < tasksSize; i++) counts[tasks[i] - 'A']++;
    int top = 0, ties = 0;
    for (int i = 0; i < 26; i++) if (counts[i] > top) top = counts[i];
    for (int i = 0; i < 26; i++) if (counts[i] == top) ties++;
    int frame = (top - 1) * (n + 1) + ties;
    return tasksSize > frame ? tasksSize : frame;
}

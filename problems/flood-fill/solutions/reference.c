static void fill(int** image, int m, int n, int r, int c, int old, int color) {
    if (r < 0 || c < 0 || r >= m || c >= n || image[r][c] != old) return;
    image[r][c] = color;
    fill(image, m, n, r + 1, c, old, color);
    fill(image, m, n, r - 1, c, old, color);
    fill(image, m, n, r, c + 1, old, color);
    fill(image, m, n, r, c - 1, old, color);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** floodFill(int** image, int imageSize, int* imageColSize, int sr, int sc, int color, int* returnSize, int** returnColumnSizes) {
    int old = image[sr][sc];
    if (old != color) fill(image, imageSize, imageColSize[0], sr, sc, old, color);
    *returnSize = imageSize;
    *returnColumnSizes = malloc(sizeof(int) * imageSize);
    for (int i = 0; i < imageSize; i++) (*returnColumnSizes)[i] = imageColSize[i];
    return image;
}

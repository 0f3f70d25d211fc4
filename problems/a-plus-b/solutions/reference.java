import java.util.*;
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        Scanner in = new Scanner(new BufferedInputStream(System.in));
        long a = in.nextLong(), b = in.nextLong();
        System.out.println(a + b);
    }
}

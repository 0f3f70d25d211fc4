import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Main {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    in.nextLong();
    List<long[]> keep = new ArrayList<>();
    while (true) keep.add(new long[8 << 20]);
  }
}
